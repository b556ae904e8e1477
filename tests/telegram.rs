//! Telegram end to end through teloxide and a fake Bot API on 127.0.0.1:
//! a resident goes from "/mens" to a booked appointment with inline buttons,
//! while the fake server answers 429 (retry_after), 502, hangs (a timeout)
//! and long polls; no reply is lost and none is sent twice. On SQLite and
//! PostgreSQL.

mod common;

use common::fake_telegram::{FakeTelegram, Fault};
use luisterloket::channels::telegram::{Limits, Telegram};
use serde_json::Value;
use std::sync::Arc;
use std::time::Duration;
use teloxide::Bot;

/// Wait until the chat got more messages than `seen` and nothing new came for a moment.
async fn settle(fake: &FakeTelegram, chat: i64, seen: usize) -> Vec<Value> {
    let mut sent = fake.wait_for(chat, seen + 1, Duration::from_secs(15)).await;
    loop {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let again = fake.sent_to(chat);
        if again.len() == sent.len() {
            return sent;
        }
        sent = again;
    }
}

fn buttons(message: &Value) -> Vec<(String, String)> {
    message["reply_markup"]["inline_keyboard"]
        .as_array()
        .map(|rows| {
            rows.iter()
                .flat_map(|r| r.as_array().cloned().unwrap_or_default())
                .map(|b| {
                    (
                        b["text"].as_str().unwrap_or("").to_string(),
                        b["callback_data"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn intake_to_booking_through_telegram_survives_faults() {
    for db in common::databases().await {
        let fake = FakeTelegram::start().await;
        let rt = Arc::new(common::runtime(&db.url).await);
        // A client that gives up after 3 s, so a hanging request is a timeout here.
        let client = reqwest::Client::builder().timeout(Duration::from_secs(3)).build().unwrap();
        let bot = Bot::with_client("123:TEST", client).set_api_url(reqwest::Url::parse(&fake.url).unwrap());
        let limits = Limits { per_chat: Duration::ZERO, overall: Duration::ZERO, poll_seconds: 1 };
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let channel = tokio::spawn(Telegram::new(bot, rt.clone(), limits).run(stop_rx));
        let chat = 4242;

        // A failing poll first: the channel retries.
        fake.fail_next("getupdates", Fault::BadGateway);
        fake.write(chat, "/mens", "nl");
        let sent = settle(&fake, chat, 0).await;
        assert!(
            sent.last().unwrap()["text"].as_str().unwrap().contains("Hoe mogen we je noemen?"),
            "[{}] {sent:?}",
            db.label
        );

        // Telegram asks to slow down once, then a proxy fails once: both retried.
        fake.fail_next("sendmessage", Fault::TooManyRequests(1));
        fake.write(chat, "Sam", "nl");
        let sent = settle(&fake, chat, sent.len()).await;
        assert!(sent.last().unwrap()["text"].as_str().unwrap().contains("postcode"), "[{}]", db.label);

        fake.fail_next("sendmessage", Fault::BadGateway);
        fake.write(chat, "3072 AB", "nl");
        let sent = settle(&fake, chat, sent.len()).await;
        let contact = buttons(sent.last().unwrap());
        assert!(
            contact.iter().any(|(_, v)| v == "chat"),
            "[{}] inline buttons for the contact question: {contact:?}",
            db.label
        );

        // The network hangs on the next reply: the client times out, the reply
        // stays in the outbox and goes out once.
        fake.fail_next("sendmessage", Fault::Hang(4000));
        fake.tap(chat, "chat");
        let sent = settle(&fake, chat, sent.len()).await;
        assert!(sent.last().unwrap()["text"].as_str().unwrap().contains("Mag ik dit delen"), "[{}]", db.label);
        fake.tap(chat, "yes");
        let sent = settle(&fake, chat, sent.len()).await;
        let times = buttons(sent.last().unwrap());
        let (label, first_time) = times.first().cloned().expect("times offered as buttons");
        assert!(label.contains("december"), "[{}] {label}", db.label);
        fake.tap(chat, &first_time);
        let sent = settle(&fake, chat, sent.len()).await;
        assert!(sent.last().unwrap()["text"].as_str().unwrap().contains("Je afspraak staat"), "[{}]", db.label);

        // The platform's language code greets a second resident in Turkish.
        fake.write(77, "Merhaba", "tr");
        let tr = settle(&fake, 77, 0).await;
        assert!(tr[0]["text"].as_str().unwrap().contains("hoş geldin"), "[{}] {}", db.label, tr[0]["text"]);

        let _ = stop_tx.send(true);
        channel.await.unwrap().unwrap();

        // Booked, every reply delivered once, taps answered and keyboards removed.
        assert_eq!(rt.store().handovers(Some("booked"), None).await.unwrap().len(), 1, "[{}]", db.label);
        assert!(
            rt.store().pending_outbox("telegram", None).await.unwrap().is_empty(),
            "[{}] nothing left unsent",
            db.label
        );
        let delivered: Vec<String> =
            fake.sent_to(chat).iter().map(|m| m["text"].as_str().unwrap_or("").to_string()).collect();
        let mut unique = delivered.clone();
        unique.dedup();
        assert_eq!(unique.len(), delivered.len(), "[{}] a reply was sent twice: {delivered:#?}", db.label);
        assert_eq!(fake.calls("answercallbackquery").len(), 3, "[{}]", db.label);
        assert_eq!(fake.calls("editmessagereplymarkup").len(), 3, "[{}]", db.label);
        let failed = fake.calls("sendmessage").iter().filter(|c| c["_ok"] == false).count();
        assert_eq!(failed, 3, "[{}] the 429, the 502 and the hang happened", db.label);
        // The command menu, per language, in that language's words.
        let menus = fake.calls("setmycommands");
        let arabic = menus.iter().find(|c| c["language_code"] == "ar").expect("an Arabic menu");
        assert!(arabic["commands"].as_array().unwrap().iter().any(|c| c["command"] == "lugha"), "{arabic}");
        assert!(menus.iter().any(|c| c["language_code"] == "tr"
            && c["commands"].as_array().unwrap().iter().any(|x| x["command"] == "randevu")));
    }
}

/// A photographed letter: the resident sends it without words and hears it
/// is kept; after consent and booking the worker, also on Telegram, gets the
/// file itself (uploaded, not a reference) under the story. A file sent after
/// the booking goes to the worker at once; one Telegram would not give is
/// announced to the worker instead of silently missing.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_photographed_letter_reaches_the_worker() {
    const LETTER: &[u8] = b"JPEG: aanmaning Belastingdienst, betalen voor 15 december";
    const SECOND: &[u8] = b"JPEG: brief van de deurwaarder";
    let worker = 9001;
    for db in common::databases().await {
        let fake = FakeTelegram::start().await;
        let directory = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/telegram/directory.yaml"));
        let rt = Arc::new(common::runtime_with_directory(&db.url, &directory.unwrap()).await);
        let bot = Bot::new("123:TEST").set_api_url(reqwest::Url::parse(&fake.url).unwrap());
        let limits = Limits { per_chat: Duration::ZERO, overall: Duration::ZERO, poll_seconds: 1 };
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let channel = tokio::spawn(Telegram::new(bot, rt.clone(), limits).run(stop_rx));
        let chat = 4343;
        let last = |sent: &[Value]| sent.last().unwrap()["text"].as_str().unwrap().to_string();

        fake.write(chat, "/mens", "nl");
        let sent = settle(&fake, chat, 0).await;
        fake.write(chat, "Sam", "nl");
        let sent = settle(&fake, chat, sent.len()).await;
        fake.send_photo(chat, "letter-1", LETTER);
        let sent = settle(&fake, chat, sent.len()).await;
        assert!(last(&sent).contains("bestand goed bewaard"), "[{}] {sent:?}", db.label);
        assert!(fake.files_to(worker).is_empty(), "[{}] nothing reaches a worker before consent", db.label);
        fake.write(chat, "3072 AB", "nl");
        let sent = settle(&fake, chat, sent.len()).await;
        assert!(last(&sent).contains("contact"), "[{}] the question goes on after the file: {sent:?}", db.label);
        fake.tap(chat, "chat");
        let sent = settle(&fake, chat, sent.len()).await;
        fake.tap(chat, "yes");
        let sent = settle(&fake, chat, sent.len()).await;
        let (_, first_time) = buttons(sent.last().unwrap()).first().cloned().expect("times as buttons");
        fake.tap(chat, &first_time);
        let sent = settle(&fake, chat, sent.len()).await;
        assert!(last(&sent).contains("Je afspraak staat"), "[{}] {sent:?}", db.label);

        // The worker: the story, then the letter itself.
        let story = settle(&fake, worker, 0).await;
        assert!(story.iter().any(|m| m["text"].as_str().unwrap().contains("Nieuwe overdracht #1")), "{story:?}");
        let files = fake.files_to(worker);
        assert_eq!(files.len(), 1, "[{}] {files:?}", db.label);
        assert_eq!(files[0]["photo"].as_str().unwrap().as_bytes(), LETTER, "[{}] the bytes arrive", db.label);
        assert!(files[0]["caption"].as_str().unwrap().contains("#1"), "[{}] {}", db.label, files[0]);

        // After the booking: a second letter goes to the worker at once; a
        // third that Telegram will not give is announced instead.
        fake.send_photo(chat, "letter-2", SECOND);
        let sent = settle(&fake, chat, sent.len()).await;
        assert!(last(&sent).contains("bewaard"), "[{}]", db.label);
        let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
        while fake.files_to(worker).len() < 2 && tokio::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let files = fake.files_to(worker);
        assert_eq!(files.len(), 2, "[{}] {files:?}", db.label);
        assert_eq!(files[1]["photo"].as_str().unwrap().as_bytes(), SECOND, "[{}]", db.label);
        let seen = fake.sent_to(worker).len();
        fake.fail_next("getfile", Fault::BadGateway);
        fake.send_photo(chat, "letter-3", b"never fetched");
        settle(&fake, chat, sent.len()).await;
        let told = settle(&fake, worker, seen).await;
        assert!(last(&told).contains("kwam niet door"), "[{}] {told:?}", db.label);

        let _ = stop_tx.send(true);
        channel.await.unwrap().unwrap();
        assert!(rt.store().pending_outbox("telegram", None).await.unwrap().is_empty(), "[{}]", db.label);
        assert_eq!(fake.files_to(worker).len(), 2, "[{}] no file sent twice", db.label);
    }
}

#[tokio::test]
async fn a_refused_token_stops_with_a_clear_error() {
    let fake = FakeTelegram::start().await;
    fake.fail_next("getme", Fault::Unauthorized);
    let db = common::databases().await.remove(0);
    let rt = Arc::new(common::runtime(&db.url).await);
    let bot = Bot::new("123:WRONG").set_api_url(reqwest::Url::parse(&fake.url).unwrap());
    let (_stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let err = Telegram::new(bot, rt, Limits::default()).run(stop_rx).await.unwrap_err();
    assert!(err.to_string().contains("refused the bot token"), "{err}");
}

/// `luisterloket run` as an operator runs it: it answers on Telegram, keeps
/// its last good dialogs when an edited set is broken (SIGHUP), and stops
/// cleanly on SIGTERM.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_reloads_on_sighup_and_keeps_the_last_good_version() {
    let fake = FakeTelegram::start().await;
    let tmp = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for d in ["dialogs", "locales", "directory"] {
        common::copy_dir(&root.join(d), &tmp.path().join(d));
    }
    let child = tokio::process::Command::new(env!("CARGO_BIN_EXE_luisterloket"))
        .arg("run")
        .arg("--db")
        .arg(tmp.path().join("run.db"))
        .current_dir(tmp.path())
        .env("TELOXIDE_TOKEN", "1:RUNTEST")
        .env("TELOXIDE_API_URL", &fake.url)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id().unwrap().to_string();
    fake.write(5, "hallo", "nl");
    let sent = settle(&fake, 5, 0).await;
    assert!(sent[0]["text"].as_str().unwrap().contains("Welkom"), "{sent:?}");

    // An editor breaks a dialog file and asks for a reload.
    let intake = tmp.path().join("dialogs/intake.yaml");
    let text = std::fs::read_to_string(&intake).unwrap();
    std::fs::write(&intake, text.replacen("say: intake-welcome", "sya: intake-welcome", 1)).unwrap();
    std::process::Command::new("kill").args(["-HUP", &pid]).status().unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;

    // The bot goes on with the version it had.
    fake.write(5, "1", "nl");
    let sent = settle(&fake, 5, sent.len()).await;
    assert!(sent.last().unwrap()["text"].as_str().unwrap().contains("Wat is er aan de hand?"), "{sent:?}");

    std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    let out = tokio::time::timeout(Duration::from_secs(20), child.wait_with_output()).await.unwrap().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("still running the last good version"), "{stderr}");
    assert!(stderr.contains("intake.yaml:") && stderr.contains("unknown key 'sya'"), "{stderr}");
}

/// Webhook mode: Telegram posts updates to us; each is answered 200 only
/// after it was committed, a redelivered one is skipped, a post without the
/// secret token is refused, a malformed one is skipped.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn webhook_mode_answers_after_commit_and_refuses_strangers() {
    use luisterloket::channels::telegram_webhook::{self, Webhook};
    for db in common::databases().await {
        let fake = FakeTelegram::start().await;
        let rt = Arc::new(common::runtime(&db.url).await);
        let bot = Bot::new("123:TEST").set_api_url(reqwest::Url::parse(&fake.url).unwrap());
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let hook = Webhook {
            url: reqwest::Url::parse(&format!("http://127.0.0.1:{port}/telegram/hook")).unwrap(),
            listen: format!("127.0.0.1:{port}").parse().unwrap(),
            secret: "test-secret_123".into(),
        };
        let limits = Limits { per_chat: Duration::ZERO, overall: Duration::ZERO, poll_seconds: 1 };
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let channel =
            tokio::spawn(telegram_webhook::run(Telegram::new(bot, rt.clone(), limits), hook.clone(), stop_rx));
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while fake.calls("setwebhook").is_empty() {
            assert!(tokio::time::Instant::now() < deadline, "[{}] setWebhook never called", db.label);
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let registered = &fake.calls("setwebhook")[0];
        assert_eq!(registered["url"], hook.url.as_str(), "[{}]", db.label);
        assert_eq!(registered["secret_token"], "test-secret_123", "[{}]", db.label);
        // The server may need a moment after setWebhook.
        tokio::time::sleep(Duration::from_millis(100)).await;

        let http = reqwest::Client::new();
        let post = |body: Vec<u8>, secret: &'static str| {
            http.post(hook.url.clone())
                .header("content-type", "application/json")
                .header("x-telegram-bot-api-secret-token", secret)
                .body(body)
                .send()
        };
        let chat = 6262;
        fake.write(chat, "/mens", "nl");
        let update = serde_json::to_vec(&fake.take_updates()[0]).unwrap();
        let stranger = post(update.clone(), "wrong").await.unwrap();
        assert_eq!(stranger.status().as_u16(), 401, "[{}] a post without the secret is refused", db.label);
        assert!(fake.sent_to(chat).is_empty(), "[{}]", db.label);

        let ok = post(update.clone(), "test-secret_123").await.unwrap();
        assert_eq!(ok.status().as_u16(), 200, "[{}]", db.label);
        let sent = settle(&fake, chat, 0).await;
        assert!(sent.last().unwrap()["text"].as_str().unwrap().contains("Hoe mogen we je noemen?"), "[{}]", db.label);

        // Telegram posts it again (it did not see our 200): nothing is done twice.
        let again = post(update, "test-secret_123").await.unwrap();
        assert_eq!(again.status().as_u16(), 200, "[{}]", db.label);
        let broken = post(b"{\"update_id\": \"not a number\"".to_vec(), "test-secret_123").await.unwrap();
        assert_eq!(broken.status().as_u16(), 200, "[{}] a malformed update is skipped, not retried", db.label);

        fake.write(chat, "Sam", "nl");
        let update = serde_json::to_vec(&fake.take_updates()[0]).unwrap();
        assert_eq!(post(update, "test-secret_123").await.unwrap().status().as_u16(), 200);
        let sent = settle(&fake, chat, sent.len()).await;
        assert!(sent.last().unwrap()["text"].as_str().unwrap().contains("postcode"), "[{}] {sent:?}", db.label);
        assert_eq!(sent.len(), 2, "[{}] one reply per message: {sent:#?}", db.label);

        let _ = stop_tx.send(true);
        channel.await.unwrap().unwrap();
        assert!(rt.store().pending_outbox("telegram", None).await.unwrap().is_empty(), "[{}]", db.label);
    }
}
