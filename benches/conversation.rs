//! How fast a conversation step is: the pure engine alone, and a whole step
//! through the runtime and store (dedupe, state, outbox, one transaction) on
//! SQLite and, when LUISTERLOKET_TEST_PG is set, PostgreSQL.
//!
//! Run: `cargo bench --bench conversation` (numbers go in the README).

mod common;

use common::{percentile, shipped_content, sorted_times};
use luisterloket::content::Content;
use luisterloket::engine::{self, Event, State};
use luisterloket::runtime::{Inbound, Runtime, SystemClock};
use luisterloket::store::Store;
use std::sync::Arc;
use std::time::Instant;

/// One full Dutch journey, as a resident types it: the story, the questions,
/// consent, and booking a time with a worker (the same as transcript 01).
const INTAKE: &[&str] = &[
    "hallo",
    "1",
    "Ik heb een brief van de deurwaarder gekregen. Ik ben bang dat we ons huis kwijtraken.",
    "ja",
    "ja",
    "een deel",
    "nee",
    "3",
    "ja",
    "1",
    "7",
    "ja",
    "Ik kan goed koken en mijn zus helpt me.",
    "Ayla",
    "3072 AB",
    "2",
    "06 12345678",
    "ja",
    "1",
];

fn bench_engine(content: &Content) {
    let mut times = Vec::new();
    for _ in 0..300 {
        let mut state = State::new("nl");
        for text in INTAKE {
            let event = Event { text: text.to_string(), lang_hint: Some("nl".into()), triage: None };
            let t = Instant::now();
            let (next, effects) = engine::step(&content.script, &content.texts, &state, &event);
            times.push(t.elapsed());
            assert!(!effects.is_empty());
            state = next;
        }
    }
    times.sort();
    println!(
        "engine step (pure): median {:?}, p99 {:?} over {} steps",
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times.len()
    );
}

async fn bench_runtime(label: &str, url: &str, content: Content) {
    let store = Store::connect(url).await.unwrap();
    let rt = Arc::new(Runtime::open(store, content, Arc::new(SystemClock)).await.unwrap());
    let residents = 50;
    let start = Instant::now();
    let tasks: Vec<_> = (0..residents)
        .map(|r| {
            let rt = rt.clone();
            tokio::spawn(async move {
                let mut times = Vec::new();
                for (i, text) in INTAKE.iter().enumerate() {
                    let msg = Inbound {
                        channel: "bench".into(),
                        user_key: format!("r{r}"),
                        message_id: format!("r{r}-{i}"),
                        text: text.to_string(),
                        lang_hint: Some("nl".into()),
                        media: None,
                    };
                    let t = Instant::now();
                    rt.handle(&msg).await.unwrap();
                    times.push(t.elapsed());
                }
                times
            })
        })
        .collect();
    let times = sorted_times(tasks).await;
    let total = start.elapsed();
    println!(
        "runtime step on {label} ({residents} residents at once, full intake each): {:.0} messages/s, median {:?}, p99 {:?}",
        times.len() as f64 / total.as_secs_f64(),
        percentile(&times, 0.5),
        percentile(&times, 0.99)
    );
    rt.store().close().await;
}

fn main() {
    let content_for_engine = shipped_content();
    bench_engine(&content_for_engine);
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let sqlite = dir.path().join("bench.db").to_string_lossy().into_owned();
    rt.block_on(bench_runtime("SQLite (file, WAL)", &sqlite, shipped_content()));
    if let Ok(admin) = std::env::var("LUISTERLOKET_TEST_PG") {
        let url = rt.block_on(async {
            use sqlx::Connection;
            let mut c = sqlx::PgConnection::connect(&admin).await.unwrap();
            let name = format!("bench_{}", std::process::id());
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut c).await.unwrap();
            format!("{}/{name}", admin.rsplit_once('/').unwrap().0)
        });
        rt.block_on(bench_runtime("PostgreSQL (local, fsync off)", &url, shipped_content()));
    }
}
