//! End-to-end reply latency and throughput through teloxide and the fake Bot
//! API server (the one the tests use), on SQLite: from the moment an update is
//! available to the moment the bot's reply reaches the server.
//! Run: `cargo bench --bench telegram`.

mod common;
#[path = "../tests/common/fake_telegram.rs"]
mod fake_telegram;

use common::{percentile, shipped_content, sorted_times};
use fake_telegram::FakeTelegram;
use luisterloket::channels::telegram::{Limits, Telegram};
use luisterloket::runtime::{Runtime, SystemClock};
use luisterloket::store::Store;
use std::sync::Arc;
use std::time::{Duration, Instant};

const RESIDENTS: i64 = 20;
/// Each resident: "talk to a person", name, postcode, then typed questions.
const MESSAGES: &[&str] = &["/mens", "Sam", "3072 AB", "/hulp", "/taal", "1", "/hulp", "/hulp"];

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let content = shipped_content();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::connect(&dir.path().join("bench.db").to_string_lossy()).await.unwrap();
    let rt = Arc::new(Runtime::open(store, content, Arc::new(SystemClock)).await.unwrap());
    let fake = FakeTelegram::start().await;
    let bot = teloxide::Bot::new("1:BENCH").set_api_url(reqwest::Url::parse(&fake.url).unwrap());
    // Pacing off: this measures the bot, not Telegram's published limits.
    let limits = Limits { per_chat: Duration::ZERO, overall: Duration::ZERO, poll_seconds: 1 };
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let channel = tokio::spawn(Telegram::new(bot, rt.clone(), limits).run(stop_rx));

    let start = Instant::now();
    let tasks: Vec<_> = (0..RESIDENTS)
        .map(|r| {
            let fake = fake.clone();
            tokio::spawn(async move {
                let chat = 1000 + r;
                let mut times = Vec::new();
                for text in MESSAGES {
                    let before = fake.sent_to(chat).len();
                    let t = Instant::now();
                    fake.write(chat, text, "nl");
                    loop {
                        if fake.sent_to(chat).len() > before {
                            break;
                        }
                        tokio::time::sleep(Duration::from_millis(2)).await;
                    }
                    times.push(t.elapsed());
                }
                times
            })
        })
        .collect();
    let times = sorted_times(tasks).await;
    let total = start.elapsed();
    let _ = stop_tx.send(true);
    channel.await.unwrap().unwrap();
    println!(
        "telegram end to end ({RESIDENTS} residents at once, {} messages): median {:?}, p99 {:?}, {:.0} messages/s",
        times.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times.len() as f64 / total.as_secs_f64()
    );
}
