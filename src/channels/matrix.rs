//! Matrix through matrix-sdk: a bot account that residents, workers and
//! coordinators talk to in direct chats (end-to-end encrypted or not), and
//! team rooms it is invited into.
//!
//! Nothing is lost: the channel keeps its own sync token and moves it past a
//! batch only after the runtime committed every message in it; a second
//! delivery of an event is skipped by the inbox (event ids). Replies leave the
//! outbox only after the homeserver accepted them, and each is sent with a
//! transaction id made from its outbox row, so a retry after a lost answer is
//! recognised by the homeserver instead of shown twice.
//!
//! Who someone is: residents and staff are their Matrix user id
//! (`@sam:example.org`); a directory contact may also be a room
//! (`!abc:example.org`), such as a wijk's team room.

use crate::runtime::{Inbound, Media, Runtime};
use crate::store::attachments::MAX_BYTES;
use anyhow::{Context, Result, bail};
use matrix_sdk::attachment::AttachmentConfig;
use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::media::{MediaFormat, MediaRequestParameters};
use matrix_sdk::ruma::events::room::MediaSource;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::{MessageType, RoomMessageEventContent, TextMessageEventContent};
use matrix_sdk::ruma::events::{AnySyncMessageLikeEvent, AnySyncTimelineEvent, SyncMessageLikeEvent};
use matrix_sdk::ruma::{OwnedRoomId, OwnedTransactionId, OwnedUserId, RoomId, UserId};
use matrix_sdk::sync::SyncResponse;
use matrix_sdk::{Client, Room, RoomState, SessionMeta};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub const CHANNEL: &str = "matrix";

/// How the bot logs in. From `MATRIX_HOMESERVER_URL`, `MATRIX_USER` and
/// `MATRIX_PASSWORD` or `MATRIX_ACCESS_TOKEN`; `MATRIX_STORE` is the folder
/// for the session and the encryption keys.
#[derive(Clone)]
pub struct Config {
    pub homeserver: String,
    pub user: String,
    pub secret: Secret,
    /// Keeps the login and the encryption keys between restarts: losing it
    /// means a new device that cannot read older encrypted messages.
    pub store: PathBuf,
    /// Long-poll timeout for a sync.
    pub poll: Duration,
}

#[derive(Clone)]
pub enum Secret {
    Password(String),
    AccessToken(String),
}

impl std::fmt::Debug for Config {
    // The password or token never reaches a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config").field("homeserver", &self.homeserver).field("user", &self.user).finish()
    }
}

impl Config {
    /// None when Matrix is not configured at all; an error that says what is
    /// missing when it is half configured.
    pub fn from_env(default_store: &Path) -> Result<Option<Config>> {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        let Some(homeserver) = var("MATRIX_HOMESERVER_URL") else {
            if var("MATRIX_USER").is_some() {
                bail!("MATRIX_USER is set but MATRIX_HOMESERVER_URL is not (for example https://matrix.example.org)");
            }
            return Ok(None);
        };
        reqwest::Url::parse(&homeserver)
            .with_context(|| format!("MATRIX_HOMESERVER_URL is not a URL: {homeserver}"))?;
        let user = var("MATRIX_USER").context(
            "MATRIX_HOMESERVER_URL is set but MATRIX_USER is not (the bot's account, e.g. @luisterloket:example.org)",
        )?;
        let secret = match (var("MATRIX_PASSWORD"), var("MATRIX_ACCESS_TOKEN")) {
            (_, Some(token)) => Secret::AccessToken(token),
            (Some(password), None) => Secret::Password(password),
            (None, None) => bail!("set MATRIX_PASSWORD or MATRIX_ACCESS_TOKEN for the Matrix account {user}"),
        };
        let store = var("MATRIX_STORE").map(PathBuf::from).unwrap_or_else(|| default_store.to_path_buf());
        Ok(Some(Config { homeserver, user, secret, store, poll: Duration::from_secs(25) }))
    }
}

/// The session file next to the SDK's store: who we are and our device.
const SESSION_FILE: &str = "session.json";
/// The sync token of the last batch the runtime committed.
const SYNC_TOKEN_FILE: &str = "sync-token";

#[derive(Clone)]
pub struct Matrix {
    client: Client,
    runtime: Arc<Runtime>,
    config: Config,
    me: OwnedUserId,
    /// Where each person last wrote to us, so replies go to that room.
    /// Shared by the sync loop (which learns it) and the delivery loop.
    rooms: Arc<Mutex<HashMap<String, OwnedRoomId>>>,
}

/// How often the delivery loop looks in the outbox: replies to Matrix
/// residents, and handovers that residents on other channels started.
const DELIVER_EVERY: Duration = Duration::from_millis(250);

impl Matrix {
    /// Log in, or restore the session saved by an earlier run (same device,
    /// same encryption keys). A refused login is an error that says so; an
    /// unreachable server is tried again with backoff until `stop`.
    pub async fn connect(
        config: Config,
        runtime: Arc<Runtime>,
        stop: &mut tokio::sync::watch::Receiver<bool>,
    ) -> Result<Option<Matrix>> {
        std::fs::create_dir_all(&config.store)
            .with_context(|| format!("cannot create the Matrix store folder {}", config.store.display()))?;
        let mut backoff = super::Backoff::new(Duration::from_millis(500));
        loop {
            match Self::login(&config).await {
                Ok(client) => {
                    let me = client.user_id().context("logged in without a user id")?.to_owned();
                    tracing::info!(user = %me, "matrix channel logged in");
                    return Ok(Some(Matrix { client, runtime, config, me, rooms: Default::default() }));
                }
                Err(LoginError::Refused(e)) => return Err(e),
                Err(LoginError::Unreachable(e)) => {
                    eprintln!(
                        "luisterloket: cannot reach the Matrix homeserver {} ({e:#}); trying again in {} s",
                        config.homeserver,
                        backoff.secs()
                    );
                    if !backoff.wait(stop).await {
                        return Ok(None);
                    }
                }
            }
        }
    }

    async fn login(config: &Config) -> Result<Client, LoginError> {
        let unreachable = |e: anyhow::Error| LoginError::Unreachable(e);
        let client = Client::builder()
            .homeserver_url(&config.homeserver)
            .sqlite_store(config.store.join("sdk"), None)
            .build()
            .await
            .map_err(|e| unreachable(e.into()))?;
        let session_path = config.store.join(SESSION_FILE);
        if let Ok(saved) = std::fs::read_to_string(&session_path) {
            let session: MatrixSession = serde_json::from_str(&saved).map_err(|e| {
                LoginError::Refused(anyhow::anyhow!(
                    "{} is damaged ({e}); delete the Matrix store folder to log in again",
                    session_path.display()
                ))
            })?;
            client.restore_session(session).await.map_err(|e| LoginError::Refused(e.into()))?;
            // A token revoked meanwhile shows here, not at restore.
            match client.whoami().await {
                Ok(_) => return Ok(client),
                Err(e) if e.client_api_error_kind().is_some() => {
                    return Err(LoginError::Refused(anyhow::anyhow!(
                        "the homeserver no longer accepts the saved Matrix session ({e}); delete {} to log in again",
                        session_path.display()
                    )));
                }
                Err(e) => return Err(unreachable(e.into())),
            }
        }
        match &config.secret {
            Secret::Password(password) => {
                let auth = client.matrix_auth();
                match auth
                    .login_username(&config.user, password)
                    .initial_device_display_name("luisterloket")
                    .send()
                    .await
                {
                    Ok(_) => {}
                    Err(e) if e.client_api_error_kind().is_some() => {
                        return Err(LoginError::Refused(anyhow::anyhow!(
                            "the homeserver refused the login for {} ({e}); check MATRIX_USER and MATRIX_PASSWORD",
                            config.user
                        )));
                    }
                    Err(e) => return Err(unreachable(e.into())),
                }
            }
            Secret::AccessToken(token) => {
                let who = whoami(&config.homeserver, token).await?;
                let session = MatrixSession {
                    meta: SessionMeta { user_id: who.0, device_id: who.1.into() },
                    tokens: matrix_sdk::SessionTokens { access_token: token.clone(), refresh_token: None },
                };
                client.restore_session(session).await.map_err(|e| LoginError::Refused(e.into()))?;
            }
        }
        if let Some(session) = client.matrix_auth().session() {
            write_private(&session_path, &serde_json::to_string(&session).map_err(|e| unreachable(e.into()))?)
                .map_err(LoginError::Refused)?;
        }
        Ok(client)
    }

    /// Sync until `stop` is set, while a second loop delivers the outbox;
    /// at the end the outbox is flushed once more.
    pub async fn run(self, stop: tokio::sync::watch::Receiver<bool>) -> Result<()> {
        let delivery = {
            let (me, mut stop) = (self.clone(), stop.clone());
            tokio::spawn(async move {
                loop {
                    me.deliver().await?;
                    tokio::select! {
                        _ = tokio::time::sleep(DELIVER_EVERY) => {}
                        _ = stop.changed() => break,
                    }
                }
                anyhow::Ok(())
            })
        };
        let synced = self.sync_loop(stop).await;
        delivery.await??;
        synced?;
        self.deliver().await
    }

    async fn sync_loop(&self, mut stop: tokio::sync::watch::Receiver<bool>) -> Result<()> {
        let token_path = self.config.store.join(SYNC_TOKEN_FILE);
        let mut token = std::fs::read_to_string(&token_path).ok().map(|t| t.trim().to_string());
        let mut backoff = super::Backoff::new(Duration::from_millis(200));
        loop {
            if *stop.borrow() {
                break;
            }
            let mut settings = SyncSettings::default().timeout(self.config.poll);
            if let Some(t) = &token {
                settings = settings.token(t.clone());
            }
            let response = tokio::select! {
                r = self.client.sync_once(settings) => r,
                _ = stop.changed() => continue,
            };
            let response = match response {
                Ok(r) => {
                    backoff.reset();
                    r
                }
                Err(e) => {
                    tracing::warn!(error = %e, wait_s = backoff.secs(), "matrix sync failed; retrying");
                    backoff.wait(&mut stop).await;
                    continue;
                }
            };
            match self.process(&response).await {
                Ok(()) => {
                    token = Some(response.next_batch.clone());
                    write_private(&token_path, &response.next_batch)?;
                }
                Err(e) => {
                    // Not committed: sync again from the old token; the inbox
                    // skips what was already handled.
                    tracing::error!(error = %e, "matrix batch not processed; will retry");
                    backoff.wait(&mut stop).await;
                }
            }
        }
        Ok(())
    }

    /// Join rooms we are invited to, hand every message to the runtime.
    async fn process(&self, response: &SyncResponse) -> Result<()> {
        tracing::debug!(
            invited = response.rooms.invited.len(),
            joined = response.rooms.joined.len(),
            "matrix sync batch"
        );
        for room_id in response.rooms.invited.keys() {
            // Residents start a direct chat with the bot; coordinators invite
            // it into their team room. Both are welcome.
            match self.client.join_room_by_id(room_id).await {
                Ok(_) => tracing::info!("joined a Matrix room we were invited to"),
                Err(e) => tracing::warn!(error = %e, "could not join a Matrix room we were invited to"),
            }
        }
        for (room_id, update) in &response.rooms.joined {
            let Some(room) = self.client.get_room(room_id) else { continue };
            for event in &update.timeline.events {
                let Some((inbound, readable)) = self.inbound(&room, event).await else { continue };
                // Known before the replies exist, so they go to this room.
                self.rooms.lock().expect("rooms lock").insert(inbound.user_key.clone(), room_id.clone());
                if readable {
                    self.runtime.handle(&inbound).await?;
                } else {
                    self.runtime.handle_unreadable(&inbound).await?;
                }
            }
        }
        Ok(())
    }

    /// A message as the runtime wants it, and whether we could read it; None
    /// for what is not a message from a person (our own echo, state changes,
    /// notices of bots).
    async fn inbound(
        &self,
        room: &Room,
        event: &matrix_sdk::deserialized_responses::TimelineEvent,
    ) -> Option<(Inbound, bool)> {
        let event_id = event.event_id()?;
        let raw = match event.raw().deserialize() {
            Ok(e) => e,
            Err(e) => {
                tracing::warn!(error = %e, "malformed Matrix event skipped");
                return None;
            }
        };
        let AnySyncTimelineEvent::MessageLike(message) = raw else { return None };
        if message.sender() == self.me {
            return None;
        }
        if let AnySyncMessageLikeEvent::RoomEncrypted(e) = &message {
            // Still encrypted: we were not given the key (a device we do not
            // know, or a message from before we joined). In their own chat
            // the person is asked to send it again; the log has no content.
            tracing::warn!(event = %event_id, "encrypted Matrix message we cannot read; asking to resend");
            if joined_count(room).await > 2 {
                return None;
            }
            let unreadable = Inbound {
                channel: CHANNEL.into(),
                user_key: e.sender().to_string(),
                message_id: event_id.to_string(),
                text: String::new(),
                lang_hint: None,
                media: None,
            };
            return Some((unreadable, false));
        }
        let AnySyncMessageLikeEvent::RoomMessage(SyncMessageLikeEvent::Original(m)) = message else { return None };
        let sender = m.sender.to_string();
        // In a room with more people (a team room) only staff are heard: a
        // resident's story belongs in their own chat, not in a group.
        if joined_count(room).await > 2 && !self.is_staff(&sender) {
            return None;
        }
        // (kind, file name, caption, where it is, content type, size) of a file.
        let info = |mime: Option<&String>, size| (mime.cloned(), size);
        let (text, file) = match &m.content.msgtype {
            MessageType::Text(t) => (Some(t.body.as_str()), None),
            MessageType::Image(i) => {
                let (mime, size) = i.info.as_deref().map_or((None, None), |x| info(x.mimetype.as_ref(), x.size));
                (i.caption(), Some(("photo", i.filename(), &i.source, mime, size)))
            }
            MessageType::File(f) => {
                let (mime, size) = f.info.as_deref().map_or((None, None), |x| info(x.mimetype.as_ref(), x.size));
                (f.caption(), Some(("document", f.filename(), &f.source, mime, size)))
            }
            MessageType::Audio(a) => {
                let (mime, size) = a.info.as_deref().map_or((None, None), |x| info(x.mimetype.as_ref(), x.size));
                (a.caption(), Some(("audio", a.filename(), &a.source, mime, size)))
            }
            MessageType::Video(v) => {
                let (mime, size) = v.info.as_deref().map_or((None, None), |x| info(x.mimetype.as_ref(), x.size));
                (v.caption(), Some(("video", v.filename(), &v.source, mime, size)))
            }
            // Notices are what bots send; answering them makes loops.
            _ => return None,
        };
        let text = text.unwrap_or_default().to_string();
        // Files are fetched (and decrypted) now: the worker may be on another
        // app, and an encrypted file needs its key.
        let media = match file {
            Some((kind, name, source, mime, size)) => {
                Some(self.fetch(Media::new(kind, name, mime), source, size).await)
            }
            None => None,
        };
        let inbound = Inbound {
            channel: CHANNEL.into(),
            user_key: sender,
            message_id: event_id.to_string(),
            text,
            // Matrix tells no language: triage detects it from the text.
            lang_hint: None,
            media,
        };
        Some((inbound, true))
    }

    /// A file's bytes from the homeserver, decrypted when the room is
    /// encrypted. One that is too big or will not come is kept without
    /// bytes: the worker hears there was one.
    async fn fetch(&self, mut file: Media, source: &MediaSource, size: Option<matrix_sdk::ruma::UInt>) -> Media {
        if size.is_some_and(|s| u64::from(s) > MAX_BYTES as u64) {
            tracing::info!("file from a resident too large to fetch");
            return file;
        }
        let request = MediaRequestParameters { source: source.clone(), format: MediaFormat::File };
        match self.client.media().get_media_content(&request, false).await {
            Ok(bytes) if bytes.len() <= MAX_BYTES => file.bytes = Some(bytes),
            Ok(_) => tracing::info!("file from a resident too large to keep"),
            Err(e) => tracing::warn!(error = %e, "could not fetch a file from Matrix; kept without it"),
        }
        file
    }

    fn is_staff(&self, user: &str) -> bool {
        let dir = self.runtime.directory();
        dir.workers.iter().any(|w| w.contact.is(CHANNEL, user))
            || dir.coordinators.iter().any(|c| c.contact.is(CHANNEL, user))
    }

    /// Send what waits in the outbox, grouped per person.
    pub async fn deliver(&self) -> Result<()> {
        for pending in super::pending(self.runtime.store(), CHANNEL).await? {
            let room = match self.room_for(&pending.user_key).await {
                Ok(Some(room)) => room,
                Ok(None) => {
                    tracing::error!("outbox row for someone who is not a Matrix user or room; skipped");
                    for id in pending.ids() {
                        self.runtime.store().mark_sent(id, chrono::Utc::now()).await?;
                    }
                    continue;
                }
                Err(e) => {
                    tracing::warn!(error = %e, "no Matrix room to deliver to yet; will retry");
                    continue;
                }
            };
            // A new direct chat is encrypted: a message sent before they
            // joined would reach a device that never got its key. Wait.
            if let Ok(user) = <&UserId>::try_from(pending.user_key.as_str()) {
                let member = room.get_member_no_sync(user).await?;
                if member.is_none_or(|m| *m.membership() != MembershipState::Join) {
                    tracing::debug!("waiting for someone to join their chat with the bot");
                    continue;
                }
            }
            for group in pending.groups {
                let text = group.iter().map(|q| super::text_with_choices(&q.reply)).collect::<Vec<_>>().join("\n\n");
                // The first row's id names the message: sent again after a
                // lost answer, the homeserver knows it already.
                let txn = OwnedTransactionId::from(format!("luisterloket-{}", group[0].id));
                let file = match group[0].attachment {
                    Some(id) => super::attachment_bytes(self.runtime.store(), id).await?,
                    None => None,
                };
                let sent = match file {
                    // Uploaded (encrypted in an encrypted room), the text as caption.
                    Some((media, bytes)) => {
                        let mime = media.mime.parse().unwrap_or(mime::APPLICATION_OCTET_STREAM);
                        let config =
                            AttachmentConfig::new().txn_id(txn).caption(Some(TextMessageEventContent::plain(text)));
                        room.send_attachment(media.file_name, &mime, bytes, config).await.map(|_| ())
                    }
                    None => {
                        room.send(RoomMessageEventContent::text_plain(text)).with_transaction_id(txn).await.map(|_| ())
                    }
                };
                match sent {
                    Ok(()) => {
                        for q in &group {
                            self.runtime.store().mark_sent(q.id, chrono::Utc::now()).await?;
                        }
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "Matrix send failed; will retry");
                        tokio::time::sleep(Duration::from_millis(200)).await;
                        break;
                    }
                }
            }
        }
        Ok(())
    }

    /// The room to write to: a room id as is; for a person, the room they
    /// last wrote from, else a direct chat we share, else a new encrypted
    /// direct chat (a worker who never wrote to the bot gets one).
    async fn room_for(&self, key: &str) -> Result<Option<Room>> {
        if let Ok(room_id) = <&RoomId>::try_from(key) {
            return Ok(self.client.get_room(room_id));
        }
        let Ok(user) = <&UserId>::try_from(key) else { return Ok(None) };
        let known = self.rooms.lock().expect("rooms lock").get(key).cloned();
        if let Some(room) = known.and_then(|id| self.client.get_room(&id)) {
            return Ok(Some(room));
        }
        if let Some(room) = self.client.get_dm_room(user) {
            return Ok(Some(room));
        }
        for room in self.client.joined_rooms() {
            if room.state() == RoomState::Joined
                && joined_count(&room).await <= 2
                && room.get_member_no_sync(user).await?.is_some()
            {
                self.rooms.lock().expect("rooms lock").insert(key.to_string(), room.room_id().to_owned());
                return Ok(Some(room));
            }
        }
        let room = self.client.create_dm(user).await?;
        self.rooms.lock().expect("rooms lock").insert(key.to_string(), room.room_id().to_owned());
        Ok(Some(room))
    }
}

/// How many have joined a room, from the members the store knows (the
/// summary counts come only with lazy-loaded members).
async fn joined_count(room: &Room) -> usize {
    room.joined_user_ids().await.map(|ids| ids.len()).unwrap_or(0)
}

enum LoginError {
    /// The server answered no: stop with a clear word.
    Refused(anyhow::Error),
    /// The server could not be reached: try again.
    Unreachable(anyhow::Error),
}

/// Who an access token belongs to, and its device.
async fn whoami(homeserver: &str, token: &str) -> Result<(OwnedUserId, String), LoginError> {
    let url = format!("{}/_matrix/client/v3/account/whoami", homeserver.trim_end_matches('/'));
    let response = reqwest::Client::new()
        .get(url)
        .bearer_auth(token)
        .send()
        .await
        .map_err(|e| LoginError::Unreachable(e.into()))?;
    let status = response.status();
    let body = response.text().await.map_err(|e| LoginError::Unreachable(e.into()))?;
    if !status.is_success() {
        return Err(LoginError::Refused(anyhow::anyhow!(
            "the homeserver refused MATRIX_ACCESS_TOKEN ({status}); make a new token for the bot account"
        )));
    }
    let json: serde_json::Value = serde_json::from_str(&body).map_err(|e| LoginError::Refused(e.into()))?;
    let user = json["user_id"].as_str().and_then(|u| UserId::parse(u).ok());
    let device = json["device_id"].as_str();
    match (user, device) {
        (Some(user), Some(device)) => Ok((user, device.to_string())),
        _ => Err(LoginError::Refused(anyhow::anyhow!(
            "MATRIX_ACCESS_TOKEN has no device; log in with MATRIX_PASSWORD once instead"
        ))),
    }
}

/// Write a file only its owner can read (session tokens), atomically.
fn write_private(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let tmp = path.with_extension("tmp");
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&tmp)
        .with_context(|| format!("cannot write {}", tmp.display()))?;
    f.write_all(text.as_bytes())?;
    f.sync_all()?;
    std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}
