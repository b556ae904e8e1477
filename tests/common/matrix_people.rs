//! People on the test Synapse, as real Matrix clients (matrix-sdk with its
//! own encryption store): they join rooms they are invited to and keep every
//! message they receive, decrypted, to look at.

use matrix_sdk::attachment::AttachmentConfig;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::media::{MediaFormat, MediaRequestParameters};
use matrix_sdk::ruma::events::room::MediaSource;
use matrix_sdk::ruma::events::room::member::StrippedRoomMemberEvent;
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent};
use matrix_sdk::ruma::{OwnedRoomId, UserId};
use matrix_sdk::{Client, Room};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The homeserver the test command started, if any. With
/// `LUISTERLOKET_REQUIRE_MATRIX=1` (set by scripts/test) a missing one fails.
pub fn homeserver() -> Option<String> {
    match std::env::var("LUISTERLOKET_TEST_MATRIX").ok().filter(|s| !s.is_empty()) {
        Some(url) => Some(url),
        None if std::env::var("LUISTERLOKET_REQUIRE_MATRIX").as_deref() == Ok("1") => {
            panic!(
                "LUISTERLOKET_REQUIRE_MATRIX=1 but LUISTERLOKET_TEST_MATRIX is not set: the Synapse suite did not run"
            )
        }
        None => None,
    }
}

pub struct Person {
    pub client: Client,
    received: Arc<Mutex<Vec<(OwnedRoomId, String)>>>,
    /// Files received: (caption, where to fetch it).
    files: Arc<Mutex<Vec<(String, MediaSource)>>>,
    sync: tokio::task::JoinHandle<()>,
    _store: tempfile::TempDir,
}

impl Person {
    /// Log in as `user` (password `user-pass`, as scripts/synapse.sh registers).
    pub async fn login(homeserver: &str, user: &str) -> Person {
        let store = tempfile::tempdir().unwrap();
        let client = Client::builder()
            .homeserver_url(homeserver)
            .sqlite_store(store.path(), None)
            .build()
            .await
            .expect("matrix client");
        client.matrix_auth().login_username(user, &format!("{user}-pass")).send().await.expect("login");
        client.add_event_handler(|ev: StrippedRoomMemberEvent, room: Room, client: Client| async move {
            if Some(ev.state_key.as_ref()) == client.user_id() {
                room.join().await.expect("join the room we are invited to");
            }
        });
        // Earlier tests' messages (same users) come with the first sync: not ours.
        client.sync_once(SyncSettings::default()).await.expect("first sync");
        let received = Arc::new(Mutex::new(Vec::new()));
        let files = Arc::new(Mutex::new(Vec::new()));
        let (inbox, file_box) = (received.clone(), files.clone());
        client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room, client: Client| {
            let (inbox, file_box) = (inbox.clone(), file_box.clone());
            async move {
                if Some(ev.sender.as_ref()) != client.user_id() {
                    let source = match &ev.content.msgtype {
                        MessageType::Image(i) => Some(i.source.clone()),
                        MessageType::File(f) => Some(f.source.clone()),
                        _ => None,
                    };
                    if let Some(source) = source {
                        file_box.lock().unwrap().push((ev.content.body().to_string(), source));
                    }
                    inbox.lock().unwrap().push((room.room_id().to_owned(), ev.content.body().to_string()));
                }
            }
        });
        let syncing = client.clone();
        let sync = tokio::spawn(async move {
            let _ = syncing.sync(SyncSettings::default().timeout(Duration::from_secs(2))).await;
        });
        Person { client, received, files, sync, _store: store }
    }

    pub fn user_id(&self) -> &UserId {
        self.client.user_id().expect("logged in")
    }

    /// Every message received so far (text bodies).
    pub fn messages(&self) -> Vec<String> {
        self.received.lock().unwrap().iter().map(|(_, b)| b.clone()).collect()
    }

    /// Wait for a message after the first `seen` that contains `needle`; returns it.
    pub async fn wait_for(&self, seen: usize, needle: &str) -> String {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
        loop {
            let all = self.messages();
            if let Some(m) = all.iter().skip(seen).find(|m| m.contains(needle)) {
                return m.clone();
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "{} waited for {needle:?}; got {:#?}",
                self.user_id(),
                &all[seen.min(all.len())..]
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// A new encrypted direct chat with `other`, once they have joined it.
    pub async fn direct_chat_with(&self, other: &UserId) -> Room {
        let room = self.client.create_dm(other).await.expect("create direct chat");
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        while room.joined_user_ids().await.map(|ids| ids.len()).unwrap_or(0) < 2 {
            assert!(tokio::time::Instant::now() < deadline, "{other} did not join the direct chat");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        room
    }

    pub async fn say(&self, room: &Room, text: &str) {
        room.send(RoomMessageEventContent::text_plain(text)).await.expect("send");
    }

    /// Send a file (a photographed letter) without words.
    pub async fn send_file(&self, room: &Room, name: &str, bytes: &[u8]) {
        room.send_attachment(name, &mime::IMAGE_JPEG, bytes.to_vec(), AttachmentConfig::new())
            .await
            .expect("send file");
    }

    /// Wait for a file whose caption contains `needle`; returns its bytes,
    /// downloaded (and decrypted) as a worker's app would.
    pub async fn wait_for_file(&self, needle: &str) -> Vec<u8> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
        loop {
            let found = self.files.lock().unwrap().iter().find(|(c, _)| c.contains(needle)).map(|(_, s)| s.clone());
            if let Some(source) = found {
                let request = MediaRequestParameters { source, format: MediaFormat::File };
                return self.client.media().get_media_content(&request, false).await.expect("download the file");
            }
            let captions: Vec<String> = self.files.lock().unwrap().iter().map(|(c, _)| c.clone()).collect();
            assert!(
                tokio::time::Instant::now() < deadline,
                "{} waited for a file {needle:?}; got {captions:?}",
                self.user_id()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The room a message came from (the bot's direct chat with this person).
    pub fn room_of(&self, needle: &str) -> Option<Room> {
        let received = self.received.lock().unwrap();
        let (id, _) = received.iter().find(|(_, b)| b.contains(needle))?;
        self.client.get_room(id)
    }
}

impl Drop for Person {
    fn drop(&mut self) {
        self.sync.abort();
    }
}
