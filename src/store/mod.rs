//! Storage with sqlx: SQLite (one file, the default) or PostgreSQL (a city-wide
//! deployment). One code path for both through sqlx's `Any` driver; the SQL is
//! written to mean the same in both, and each has its own migrations folder.
//!
//! Nothing above this module sees SQL types: it gets plain Rust values.

pub mod attachments;
pub mod handover;

pub use attachments::{AttachmentInfo, Media};

use anyhow::{Context, Result, bail};
use chrono::{DateTime, SecondsFormat, Utc};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Row};
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
}

/// Timestamps as sortable UTC text (see migrations).
pub fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// A `--db` value as a database URL: a plain path means a SQLite file.
pub fn database_url(db: &str) -> String {
    if db.starts_with("postgres://") || db.starts_with("postgresql://") || db.starts_with("sqlite:") {
        db.to_string()
    } else {
        format!("sqlite://{db}?mode=rwc")
    }
}

impl Store {
    pub async fn connect(db: &str) -> Result<Store> {
        sqlx::any::install_default_drivers();
        let url = database_url(db);
        let backend = if url.starts_with("sqlite:") { Backend::Sqlite } else { Backend::Postgres };
        let options =
            AnyConnectOptions::from_str(&url).with_context(|| format!("bad database URL for {}", redact(&url)))?;
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 4 } else { 10 })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL: readers never block the writer; busy_timeout: a
                        // second writer waits instead of failing.
                        sqlx::query("PRAGMA journal_mode = WAL").execute(&mut *conn).await?;
                        sqlx::query("PRAGMA busy_timeout = 10000").execute(&mut *conn).await?;
                        sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *conn).await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .with_context(|| format!("cannot open the database {}", redact(&url)))?;
        let store = Store { pool, backend };
        store.migrate().await?;
        Ok(store)
    }

    async fn migrate(&self) -> Result<()> {
        match self.backend {
            Backend::Sqlite => sqlx::migrate!("migrations/sqlite").run(&self.pool).await,
            Backend::Postgres => sqlx::migrate!("migrations/postgres").run(&self.pool).await,
        }
        .context("database migration failed")
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub async fn begin(&self) -> Result<Tx> {
        Ok(Tx { tx: self.pool.begin().await?, backend: self.backend })
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Replies not yet delivered on `channel` (for one user, or all), oldest first.
    pub async fn pending_outbox(&self, channel: &str, user_key: Option<&str>) -> Result<Vec<OutboxRow>> {
        let rows = sqlx::query(
            "SELECT id, user_key, body, attachment_id FROM outbox WHERE channel = $1 AND sent_at IS NULL \
             AND ($2 = '' OR user_key = $3) ORDER BY id LIMIT 500",
        )
        .bind(channel)
        .bind(user_key.unwrap_or(""))
        .bind(user_key.unwrap_or(""))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(OutboxRow {
                    id: r.try_get("id")?,
                    user_key: r.try_get("user_key")?,
                    body: r.try_get("body")?,
                    attachment_id: r.try_get("attachment_id")?,
                })
            })
            .collect()
    }

    pub async fn mark_sent(&self, id: i64, now: DateTime<Utc>) -> Result<()> {
        sqlx::query("UPDATE outbox SET sent_at = $1, attempts = attempts + 1 WHERE id = $2")
            .bind(ts(now))
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn cases(&self) -> Result<Vec<CaseRow>> {
        let rows = sqlx::query(
            "SELECT id, channel, user_key, lang, domains, answers, own_words, consent, wants_person, urgency, safety, triage, \
             status, created_at \
             FROM cases ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(CaseRow::from_row).collect()
    }

    /// Alerts, oldest first (open ones only unless `all`).
    pub async fn alerts(&self, all: bool) -> Result<Vec<AlertRow>> {
        let rows = sqlx::query(
            "SELECT id, conversation_id, channel, kind, lang, evidence, created_at, handled_at FROM alerts \
             WHERE ($1 = 1 OR handled_at IS NULL) ORDER BY id",
        )
        .bind(i64::from(all))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let evidence: String = r.try_get("evidence")?;
                Ok(AlertRow {
                    id: r.try_get("id")?,
                    conversation_id: r.try_get("conversation_id")?,
                    channel: r.try_get("channel")?,
                    kind: r.try_get("kind")?,
                    lang: r.try_get("lang")?,
                    evidence: serde_json::from_str(&evidence)?,
                    created_at: r.try_get("created_at")?,
                    handled_at: r.try_get("handled_at")?,
                })
            })
            .collect()
    }

    /// The stored engine state of one conversation (JSON), if it exists.
    pub async fn conversation_state(&self, channel: &str, user_key: &str) -> Result<Option<String>> {
        let row = sqlx::query("SELECT state FROM conversations WHERE channel = $1 AND user_key = $2")
            .bind(channel)
            .bind(user_key)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.try_get("state")).transpose()?)
    }

    pub async fn count(&self, table: Table) -> Result<i64> {
        let sql = match table {
            Table::Conversations => "SELECT COUNT(*) AS n FROM conversations",
            Table::Inbox => "SELECT COUNT(*) AS n FROM inbox",
            Table::Outbox => "SELECT COUNT(*) AS n FROM outbox",
            Table::Cases => "SELECT COUNT(*) AS n FROM cases",
        };
        Ok(sqlx::query(sql).fetch_one(&self.pool).await?.try_get("n")?)
    }
}

/// Tables that may be counted (a fixed list: no SQL from outside).
#[derive(Debug, Clone, Copy)]
pub enum Table {
    Conversations,
    Inbox,
    Outbox,
    Cases,
}

fn redact(url: &str) -> String {
    // postgres://user:secret@host/db -> postgres://user:***@host/db
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if url[s + 3..at].contains(':') => {
            let colon = s + 3 + url[s + 3..at].find(':').unwrap_or(0);
            format!("{}:***{}", &url[..colon], &url[at..])
        }
        _ => url.to_string(),
    }
}

pub struct OutboxRow {
    pub id: i64,
    pub user_key: String,
    pub body: String,
    /// A stored file to send with this row (see [`attachments`]).
    pub attachment_id: Option<i64>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct CaseRow {
    pub id: i64,
    pub channel: String,
    pub user_key: String,
    pub lang: String,
    pub domains: serde_json::Value,
    pub answers: serde_json::Value,
    pub own_words: serde_json::Value,
    pub consent: bool,
    pub wants_person: bool,
    pub urgency: String,
    pub safety: bool,
    pub triage: serde_json::Value,
    pub status: String,
    pub created_at: String,
}

impl CaseRow {
    fn from_row(r: &sqlx::any::AnyRow) -> Result<CaseRow> {
        let json = |c: &str| -> Result<serde_json::Value> {
            let s: String = r.try_get(c)?;
            Ok(serde_json::from_str(&s)?)
        };
        Ok(CaseRow {
            id: r.try_get("id")?,
            channel: r.try_get("channel")?,
            user_key: r.try_get("user_key")?,
            lang: r.try_get("lang")?,
            domains: json("domains")?,
            answers: json("answers")?,
            own_words: json("own_words")?,
            consent: r.try_get::<i64, _>("consent")? != 0,
            wants_person: r.try_get::<i64, _>("wants_person")? != 0,
            urgency: r.try_get("urgency")?,
            safety: r.try_get::<i64, _>("safety")? != 0,
            triage: json("triage")?,
            status: r.try_get("status")?,
            created_at: r.try_get("created_at")?,
        })
    }
}

/// One transaction: everything a conversation step changes commits together.
pub struct Tx {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    backend: Backend,
}

impl Tx {
    /// Make sure the conversation row exists and lock it for this transaction;
    /// returns its id and stored state (None for a new conversation).
    pub async fn lock_conversation(
        &mut self,
        channel: &str,
        user_key: &str,
        lang: &str,
        now: DateTime<Utc>,
    ) -> Result<(i64, Option<String>)> {
        let inserted = sqlx::query(
            "INSERT INTO conversations (channel, user_key, lang, state, created_at, updated_at) \
             VALUES ($1, $2, $3, '', $4, $5) ON CONFLICT (channel, user_key) DO NOTHING",
        )
        .bind(channel)
        .bind(user_key)
        .bind(lang)
        .bind(ts(now))
        .bind(ts(now))
        .execute(&mut *self.tx)
        .await?
        .rows_affected();
        // SQLite has no row locks: its write transaction, begun by the insert
        // above, already keeps every other writer out until we commit.
        let sql = match self.backend {
            Backend::Postgres => "SELECT id, state FROM conversations WHERE channel = $1 AND user_key = $2 FOR UPDATE",
            Backend::Sqlite => "SELECT id, state FROM conversations WHERE channel = $1 AND user_key = $2",
        };
        let row = sqlx::query(sql).bind(channel).bind(user_key).fetch_one(&mut *self.tx).await?;
        let state: String = row.try_get("state")?;
        Ok((row.try_get("id")?, (inserted == 0 && !state.is_empty()).then_some(state)))
    }

    /// Record an inbound message; false when it was accepted before (a redelivery).
    pub async fn claim_message(
        &mut self,
        channel: &str,
        message_id: &str,
        conversation_id: i64,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let n = sqlx::query(
            "INSERT INTO inbox (channel, message_id, conversation_id, received_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (channel, message_id) DO NOTHING",
        )
        .bind(channel)
        .bind(message_id)
        .bind(conversation_id)
        .bind(ts(now))
        .execute(&mut *self.tx)
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    pub async fn save_conversation(&mut self, id: i64, lang: &str, state: &str, now: DateTime<Utc>) -> Result<()> {
        let n = sqlx::query("UPDATE conversations SET lang = $1, state = $2, updated_at = $3 WHERE id = $4")
            .bind(lang)
            .bind(state)
            .bind(ts(now))
            .bind(id)
            .execute(&mut *self.tx)
            .await?
            .rows_affected();
        if n != 1 {
            bail!("conversation {id} vanished while it was locked");
        }
        Ok(())
    }

    pub async fn enqueue(&mut self, channel: &str, user_key: &str, body: &str, now: DateTime<Utc>) -> Result<i64> {
        let row = sqlx::query(
            "INSERT INTO outbox (channel, user_key, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(channel)
        .bind(user_key)
        .bind(body)
        .bind(ts(now))
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(row.try_get("id")?)
    }

    pub async fn insert_case(&mut self, case: &NewCase<'_>, now: DateTime<Utc>) -> Result<i64> {
        let row = sqlx::query(
            "INSERT INTO cases (conversation_id, channel, user_key, lang, domains, answers, own_words, consent, wants_person, \
             urgency, safety, triage, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        )
        .bind(case.conversation_id)
        .bind(case.channel)
        .bind(case.user_key)
        .bind(case.lang)
        .bind(case.domains.to_string())
        .bind(case.answers.to_string())
        .bind(case.own_words.to_string())
        .bind(i64::from(case.consent))
        .bind(i64::from(case.wants_person))
        .bind(case.urgency)
        .bind(i64::from(case.safety))
        .bind(case.triage.to_string())
        .bind(ts(now))
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(row.try_get("id")?)
    }

    pub async fn insert_alert(&mut self, alert: &NewAlert<'_>, now: DateTime<Utc>) -> Result<i64> {
        let row = sqlx::query(
            "INSERT INTO alerts (conversation_id, channel, user_key, kind, lang, evidence, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(alert.conversation_id)
        .bind(alert.channel)
        .bind(alert.user_key)
        .bind(alert.kind)
        .bind(alert.lang)
        .bind(alert.evidence.to_string())
        .bind(ts(now))
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(row.try_get("id")?)
    }

    pub async fn commit(self) -> Result<()> {
        self.tx.commit().await?;
        Ok(())
    }

    pub async fn rollback(self) -> Result<()> {
        self.tx.rollback().await?;
        Ok(())
    }
}

pub struct NewCase<'a> {
    pub conversation_id: i64,
    pub channel: &'a str,
    pub user_key: &'a str,
    pub lang: &'a str,
    pub domains: serde_json::Value,
    pub answers: serde_json::Value,
    pub own_words: serde_json::Value,
    pub consent: bool,
    pub wants_person: bool,
    pub urgency: &'a str,
    pub safety: bool,
    /// Why urgency is what it is, and the domains heard in the resident's words.
    pub triage: serde_json::Value,
}

/// An alert for the on-duty coordinator.
pub struct NewAlert<'a> {
    pub conversation_id: i64,
    pub channel: &'a str,
    pub user_key: &'a str,
    pub kind: &'a str,
    pub lang: &'a str,
    pub evidence: serde_json::Value,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct AlertRow {
    pub id: i64,
    pub conversation_id: i64,
    pub channel: String,
    pub kind: String,
    pub lang: String,
    pub evidence: serde_json::Value,
    pub created_at: String,
    pub handled_at: Option<String>,
}
