//! Matrix end to end through matrix-sdk and a real Synapse (started by the
//! test command, scripts/synapse.sh): a resident in an encrypted direct chat
//! goes from "/mens" to a booked appointment answering numbered lists; the
//! worker, also on Matrix, gets the whole story in their own encrypted chat
//! and accepts it there; the resident hears so; the wijk's team room sees the
//! new handover; a message the bot cannot decrypt gets "please send it
//! again". A second resident on Telegram (the fake Bot API) is handed
//! over to the same worker on Matrix: channels meet in the outbox.

// matrix-sdk's futures are deep: proving them Send needs more room.
#![recursion_limit = "256"]

mod common;
#[path = "common/matrix_people.rs"]
mod matrix_people;

use common::fake_telegram::FakeTelegram;
use luisterloket::channels::matrix::{Config, Matrix, Secret};
use luisterloket::channels::telegram::{Limits, Telegram};
use matrix_people::{Person, homeserver};
use matrix_sdk::ruma::UserId;
use std::sync::Arc;
use std::time::Duration;

const LETTER: &[u8] = b"\xff\xd8\xff photographed letter: aanmaning, betalen voor 15 december";
const NOOR_LETTER: &[u8] = b"JPEG: huurachterstand, brief van de woningcorporatie";

/// The number in front of the choice whose label contains `label`.
fn choice(message: &str, label: &str) -> String {
    message
        .lines()
        .find(|l| l.contains(label))
        .and_then(|l| l.trim().split(')').next())
        .map(|n| n.trim().to_string())
        .unwrap_or_else(|| panic!("no choice {label:?} in {message}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn encrypted_intake_handover_and_accept_on_matrix() {
    luisterloket::channels::install_tls_provider();
    let _ = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("LUISTERLOKET_LOG").unwrap_or_else(|_| "warn".into()),
        )
        .with_test_writer()
        .try_init();
    let Some(hs) = homeserver() else {
        eprintln!("LUISTERLOKET_TEST_MATRIX not set: Matrix suite skipped (scripts/test starts Synapse)");
        return;
    };
    for db in common::databases().await {
        let coordinator = Person::login(&hs, "coordinator").await;
        // The worker's phone is on before anything is sent to them: a device
        // cannot read encrypted messages from before it existed.
        let worker = Person::login(&hs, "worker").await;
        // The wijk's team room: the coordinator makes it and invites the bot.
        let team = coordinator
            .client
            .create_room(matrix_sdk::ruma::api::client::room::create_room::v3::Request::new())
            .await
            .expect("team room");
        let directory = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/matrix/directory.yaml"))
            .unwrap()
            .replace("TEAM_ROOM", team.room_id().as_str());
        let rt = Arc::new(common::runtime_with_directory(&db.url, &directory).await);

        let store = tempfile::tempdir().unwrap();
        let config = Config {
            homeserver: hs.clone(),
            user: "bot".into(),
            secret: Secret::Password("bot-pass".into()),
            store: store.path().to_path_buf(),
            poll: Duration::from_secs(1),
        };
        let (stop_tx, mut stop_rx) = tokio::sync::watch::channel(false);
        let bot = Matrix::connect(config.clone(), rt.clone(), &mut stop_rx).await.unwrap().expect("logged in");
        let channel = tokio::spawn(bot.run(stop_rx.clone()));
        let bot_id = UserId::parse("@bot:localhost").unwrap();
        team.invite_user_by_id(&bot_id).await.expect("invite the bot to the team room");

        // The resident writes in an encrypted direct chat.
        let resident = Person::login(&hs, "resident").await;
        let room = resident.direct_chat_with(&bot_id).await;
        assert!(room.latest_encryption_state().await.unwrap().is_encrypted(), "[{}] the chat is encrypted", db.label);
        // Reply latency as the resident sees it: sent until the answer arrived
        // (encryption, Synapse, the bot's sync and step, and back).
        let mut latencies = Vec::new();
        let mut step = async |text: &str, expect: &str| {
            let t = std::time::Instant::now();
            resident.say(&room, text).await;
            let reply = resident.wait_for(0, expect).await;
            latencies.push(t.elapsed().as_millis());
            reply
        };
        step("/mens", "Hoe mogen we je noemen?").await;
        step("Sam", "postcode").await;
        // A photographed letter, encrypted like everything in this chat.
        resident.send_file(&room, "brief.jpg", LETTER).await;
        resident.wait_for(0, "bestand goed bewaard").await;
        let contact = step("3072 AB", "Hier in de chat").await;
        let consent = step(&choice(&contact, "Hier in de chat"), "Mag ik dit delen").await;
        // The answer as text works as well as its number.
        assert!(consent.contains("1) Ja"), "{consent}");
        let times = step("ja", "Wanneer past het jou?").await;
        let booked = step("1", "Je afspraak staat").await;
        latencies.sort();
        eprintln!(
            "matrix reply latency on {} (encrypted DM, ms): median {}, max {} over {}",
            db.label,
            latencies[latencies.len() / 2],
            latencies[latencies.len() - 1],
            latencies.len()
        );
        assert!(booked.contains("Wim"), "[{}] {booked}", db.label);

        // The worker gets the whole story in their own encrypted chat, and accepts.
        let handover = worker.wait_for(0, "Nieuwe overdracht").await;
        assert!(handover.contains("Sam"), "[{}] the story reaches the worker: {handover}", db.label);
        assert_eq!(worker.wait_for_file("#1").await, LETTER, "[{}] the letter itself, decrypted", db.label);
        let worker_room = worker.room_of("Nieuwe overdracht").expect("the worker's chat with the bot");
        assert!(worker_room.latest_encryption_state().await.unwrap().is_encrypted(), "[{}]", db.label);
        worker.say(&worker_room, &choice(&handover, "Aannemen")).await;
        worker.wait_for(0, "staat op jouw naam").await;
        let accepted = resident.wait_for(0, "heeft je afspraak bevestigd").await;
        assert!(accepted.contains("Wim"), "{accepted}");
        assert_eq!(rt.store().handovers(Some("accepted"), None).await.unwrap().len(), 1, "[{}]", db.label);
        assert!(!times.is_empty());

        // A restart: the bot comes back with its saved session (the same
        // device and keys, no new login) and its sync token, and goes on.
        let session = std::fs::read_to_string(store.path().join("session.json")).unwrap();
        let _ = stop_tx.send(true);
        channel.await.unwrap().unwrap();
        let (stop_tx, mut stop_rx) = tokio::sync::watch::channel(false);
        let bot = Matrix::connect(config.clone(), rt.clone(), &mut stop_rx).await.unwrap().expect("restored");
        let channel = tokio::spawn(bot.run(stop_rx.clone()));
        assert_eq!(
            std::fs::read_to_string(store.path().join("session.json")).unwrap(),
            session,
            "[{}] the restart reuses the saved session",
            db.label
        );
        let seen = resident.messages().len();
        resident.say(&room, "/afspraak").await;
        let mine = resident.wait_for(seen, "Je hebt een afspraak met Wim").await;
        assert!(mine.contains("Afzeggen"), "[{}] {mine}", db.label);
        resident.say(&room, &choice(&mine, "Zo laten")).await;

        // A message the bot cannot decrypt (sent around the resident's
        // encryption, so the bot never got a key): it asks to send it again.
        let seen = resident.messages().len();
        let url = format!(
            "{hs}/_matrix/client/v3/rooms/{}/send/m.room.encrypted/unreadable-{}-{}",
            room.room_id(),
            db.label,
            std::process::id()
        );
        let bogus = serde_json::json!({
            "algorithm": "m.megolm.v1.aes-sha2",
            "ciphertext": "AwgAEhAbogusciphertextthatnobodycanread",
            "device_id": "NOSUCHDEVICE",
            "sender_key": "bogussenderkey",
            "session_id": "no-such-session"
        });
        reqwest::Client::new()
            .put(url)
            .bearer_auth(resident.client.access_token().unwrap())
            .json(&bogus)
            .send()
            .await
            .unwrap()
            .error_for_status()
            .unwrap();
        resident.wait_for(seen, "kwam niet goed door").await;

        // The team room saw the new handover, without the resident's name.
        let team_note = coordinator.wait_for(0, "#1").await;
        assert!(!team_note.contains("Sam"), "[{}] no names in the team room: {team_note}", db.label);

        // A resident on Telegram is handed over to the same worker on Matrix.
        let fake = FakeTelegram::start().await;
        let tg = teloxide::Bot::new("123:TEST").set_api_url(reqwest::Url::parse(&fake.url).unwrap());
        let limits = Limits { per_chat: Duration::ZERO, overall: Duration::ZERO, poll_seconds: 1 };
        let telegram = tokio::spawn(Telegram::new(tg, rt.clone(), limits).run(stop_rx.clone()));
        let chat = 5151;
        fake.send_photo(chat, "noor-letter", NOOR_LETTER);
        let saved = fake.wait_for(chat, 1, Duration::from_secs(30)).await;
        assert!(saved[0]["text"].as_str().unwrap().contains("bewaard"), "{saved:?}");
        for (text, expect) in [("/mens", "noemen"), ("Noor", "postcode"), ("3072 CD", "contact")] {
            let seen = fake.sent_to(chat).len();
            fake.write(chat, text, "nl");
            let sent = fake.wait_for(chat, seen + 1, Duration::from_secs(30)).await;
            assert!(sent.last().unwrap()["text"].as_str().unwrap().contains(expect), "{sent:?}");
        }
        for tap in ["chat", "yes"] {
            let seen = fake.sent_to(chat).len();
            fake.tap(chat, tap);
            fake.wait_for(chat, seen + 1, Duration::from_secs(30)).await;
        }
        let seen = fake.sent_to(chat).len();
        let times = fake.sent_to(chat).last().unwrap()["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
            .as_str()
            .unwrap()
            .to_string();
        fake.tap(chat, &times);
        fake.wait_for(chat, seen + 1, Duration::from_secs(30)).await;
        let second = worker.wait_for(1, "Noor").await;
        assert!(second.contains("Nieuwe overdracht #2"), "[{}] {second}", db.label);
        // Her photo, fetched from Telegram, uploaded into the worker's Matrix chat.
        assert_eq!(worker.wait_for_file("#2").await, NOOR_LETTER, "[{}] Telegram photo on Matrix", db.label);

        let _ = stop_tx.send(true);
        channel.await.unwrap().unwrap();
        telegram.await.unwrap().unwrap();
        for channel in ["matrix", "telegram"] {
            assert!(rt.store().pending_outbox(channel, None).await.unwrap().is_empty(), "[{}] {channel}", db.label);
        }
        // Every reply reached the resident once.
        let mut all = resident.messages();
        let before = all.len();
        all.dedup();
        assert_eq!(all.len(), before, "[{}] a reply came twice", db.label);
        eprintln!("matrix suite ran on {} against {hs}", db.label);
    }
}

/// Logging in, as an operator meets it: a wrong password or a wrong access
/// token is a clear error naming the variable to fix; a valid access token
/// (instead of a password) logs in and keeps the session. The account is
/// `resident2`, so no second bot answers the other test's residents.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_login_works_and_a_refused_login_says_why() {
    luisterloket::channels::install_tls_provider();
    let Some(hs) = homeserver() else { return };
    let db = common::databases().await.remove(0);
    let rt = Arc::new(common::runtime(&db.url).await);
    let config = |secret: Secret, store: &std::path::Path| Config {
        homeserver: hs.clone(),
        user: "resident2".into(),
        secret,
        store: store.to_path_buf(),
        poll: Duration::from_secs(1),
    };
    let (_stop_tx, mut stop_rx) = tokio::sync::watch::channel(false);

    let store = tempfile::tempdir().unwrap();
    let wrong = Matrix::connect(config(Secret::Password("wrong".into()), store.path()), rt.clone(), &mut stop_rx).await;
    let err = wrong.err().expect("a wrong password is refused").to_string();
    assert!(err.contains("refused the login") && err.contains("MATRIX_PASSWORD"), "{err}");

    let store = tempfile::tempdir().unwrap();
    let bad_token = config(Secret::AccessToken("syt_not_a_token".into()), store.path());
    let err = Matrix::connect(bad_token, rt.clone(), &mut stop_rx).await.err().expect("a bad token is refused");
    assert!(err.to_string().contains("MATRIX_ACCESS_TOKEN"), "{err}");

    // A token as an operator makes one: a password login over HTTP.
    let login: serde_json::Value = reqwest::Client::new()
        .post(format!("{hs}/_matrix/client/v3/login"))
        .json(&serde_json::json!({
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": "resident2"},
            "password": "resident2-pass"
        }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = login["access_token"].as_str().expect("an access token").to_string();
    let store = tempfile::tempdir().unwrap();
    let bot = Matrix::connect(config(Secret::AccessToken(token), store.path()), rt.clone(), &mut stop_rx).await;
    assert!(bot.unwrap().is_some(), "the token logs in");
    let session = std::fs::read_to_string(store.path().join("session.json")).unwrap();
    assert!(session.contains("@resident2:localhost"), "the session is kept: {session}");
}
