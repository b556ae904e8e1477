//! What the integration tests share: the databases to run against.
//!
//! Every test that touches storage runs on SQLite and, when the test command
//! started one, on a real PostgreSQL (`LUISTERLOKET_TEST_PG` = an admin URL).
//! With `LUISTERLOKET_REQUIRE_PG=1` (set by scripts/test) a missing
//! PostgreSQL fails the test instead of silently running SQLite only.

#![allow(dead_code)]

use luisterloket::content::{Content, Location};
use luisterloket::runtime::{Clock, Runtime};
use luisterloket::store::Store;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// A database for one test: its URL, and the temp dir that holds a SQLite file.
pub struct TestDb {
    pub label: &'static str,
    pub url: String,
    _dir: Option<tempfile::TempDir>,
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

pub async fn databases() -> Vec<TestDb> {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = dir.path().join("test.db").to_string_lossy().into_owned();
    let mut out = vec![TestDb { label: "sqlite", url, _dir: Some(dir) }];
    match std::env::var("LUISTERLOKET_TEST_PG").ok().filter(|s| !s.is_empty()) {
        Some(admin) => out.push(TestDb { label: "postgres", url: fresh_pg_database(&admin).await, _dir: None }),
        None if std::env::var("LUISTERLOKET_REQUIRE_PG").as_deref() == Ok("1") => {
            panic!("LUISTERLOKET_REQUIRE_PG=1 but LUISTERLOKET_TEST_PG is not set: the PostgreSQL suite did not run")
        }
        None => {}
    }
    out
}

/// A new, empty database on the test server, so tests never see each other's rows.
async fn fresh_pg_database(admin_url: &str) -> String {
    use sqlx::Connection;
    let name = format!(
        "t_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst),
        chrono::Utc::now().timestamp_subsec_nanos()
    );
    let mut conn = sqlx::PgConnection::connect(admin_url).await.expect("connect to the test PostgreSQL");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut conn)
        .await
        .expect("create test database");
    let base = admin_url.rsplit_once('/').map(|(b, _)| b).unwrap_or(admin_url);
    format!("{base}/{name}")
}

/// The shipped dialogs and texts, as `luisterloket chat` uses them.
pub fn shipped_content() -> Content {
    // LUISTERLOKET_CONTENT_ROOT: try the tests on another set of dialogs and texts.
    let root = std::env::var("LUISTERLOKET_CONTENT_ROOT").unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_string());
    let root = std::path::Path::new(&root);
    let location = Location::Folders { dialogs: root.join("dialogs"), locales: root.join("locales") };
    match Content::load(&location) {
        Ok((c, _)) => c,
        Err(p) => panic!("shipped content has problems: {p:#?}"),
    }
}

/// A clock the test sets by hand.
pub struct FixedClock(pub std::sync::Mutex<chrono::DateTime<chrono::Utc>>);

impl FixedClock {
    pub fn at(rfc3339: &str) -> Arc<FixedClock> {
        Arc::new(FixedClock(std::sync::Mutex::new(rfc3339.parse().expect("time"))))
    }

    pub fn set(&self, rfc3339: &str) {
        *self.0.lock().unwrap() = rfc3339.parse().expect("time");
    }
}

impl Clock for FixedClock {
    fn now(&self) -> chrono::DateTime<chrono::Utc> {
        *self.0.lock().unwrap()
    }
}

/// Copy a folder tree (the shipped dialogs, to break a copy of them).
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

pub async fn runtime_at(url: &str, clock: Arc<FixedClock>) -> Runtime {
    let store = Store::connect(url).await.expect("open store");
    Runtime::open(store, shipped_content(), clock).await.expect("runtime")
}

pub async fn runtime(url: &str) -> Runtime {
    let store = Store::connect(url).await.expect("open store");
    Runtime::open(store, shipped_content(), FixedClock::at("2026-11-30T09:00:00Z")).await.expect("runtime")
}

pub mod fake_telegram;

/// A runtime on a directory given as YAML text instead of the demo one.
pub async fn runtime_with_directory(url: &str, yaml: &str) -> Runtime {
    let content = shipped_content();
    let source = luisterloket::script::Source { path: "test-directory.yaml".into(), text: yaml.to_string() };
    let dir = luisterloket::directory::load(&[source], &content.script.desk.languages)
        .unwrap_or_else(|p| panic!("test directory has problems: {p:#?}"));
    let store = Store::connect(url).await.expect("open store");
    let clock = FixedClock::at("2026-11-30T09:00:00Z");
    store.import_directory(&dir, "test directory", clock.now()).await.expect("import");
    Runtime::open(store, content, clock).await.expect("runtime")
}
