//! Files residents sent (a photographed letter, a voice note), and the outbox
//! rows that carry one to a worker.
//!
//! The bytes are kept, not only the platform's reference: a Telegram file id
//! means nothing to a worker on Matrix, and an encrypted Matrix file cannot
//! be opened without its key. A file waits in its conversation until a
//! handover goes out (after consent); then it belongs to that case.

use super::{Store, Tx, ts};
use anyhow::Result;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// The largest file kept: Telegram's own limit for what a bot may download.
/// A larger one is noted without its bytes.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// A file as a channel received it, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Media {
    /// `photo`, `document`, `voice`, `audio` or `video`: how to show it.
    pub kind: String,
    pub file_name: String,
    pub mime: String,
    /// None when the platform would not give the file (too big, an error).
    pub bytes: Option<Vec<u8>>,
}

impl Media {
    /// A file not fetched yet; an unknown type is plain bytes.
    pub fn new(kind: &str, file_name: &str, mime: Option<String>) -> Media {
        Media {
            kind: kind.into(),
            file_name: file_name.into(),
            mime: mime.unwrap_or_else(|| "application/octet-stream".into()),
            bytes: None,
        }
    }
}

/// What a handover needs to know about a stored file (not its bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentInfo {
    pub id: i64,
    pub kind: String,
    pub file_name: String,
    /// Whether the file itself is there to send.
    pub kept: bool,
}

impl Tx {
    pub async fn insert_attachment(&mut self, conversation_id: i64, media: &Media, now: DateTime<Utc>) -> Result<i64> {
        let bytes = media.bytes.as_ref().filter(|b| b.len() <= MAX_BYTES);
        let row = sqlx::query(
            "INSERT INTO attachments (conversation_id, kind, file_name, mime, size, bytes, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(conversation_id)
        .bind(&media.kind)
        .bind(&media.file_name)
        .bind(&media.mime)
        .bind(bytes.map_or(0, |b| b.len() as i64))
        .bind(bytes.cloned())
        .bind(ts(now))
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(row.try_get("id")?)
    }

    /// The files of a case: first every file its conversation gathered that
    /// no case holds yet becomes this case's, then all of them, oldest first.
    pub async fn case_attachments(&mut self, case_id: i64) -> Result<Vec<AttachmentInfo>> {
        sqlx::query(
            "UPDATE attachments SET case_id = $1 WHERE case_id IS NULL \
             AND conversation_id = (SELECT conversation_id FROM cases WHERE id = $2)",
        )
        .bind(case_id)
        .bind(case_id)
        .execute(&mut *self.tx)
        .await?;
        let rows = sqlx::query("SELECT id, kind, file_name, size FROM attachments WHERE case_id = $1 ORDER BY id")
            .bind(case_id)
            .fetch_all(&mut *self.tx)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(AttachmentInfo {
                    id: r.try_get("id")?,
                    kind: r.try_get("kind")?,
                    file_name: r.try_get("file_name")?,
                    kept: r.try_get::<i64, _>("size")? > 0,
                })
            })
            .collect()
    }

    /// An outbox row that sends a stored file, `body` (a reply) as its caption.
    pub async fn enqueue_attachment(
        &mut self,
        channel: &str,
        user_key: &str,
        body: &str,
        attachment_id: i64,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        let row = sqlx::query(
            "INSERT INTO outbox (channel, user_key, body, attachment_id, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(channel)
        .bind(user_key)
        .bind(body)
        .bind(attachment_id)
        .bind(ts(now))
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(row.try_get("id")?)
    }
}

impl Store {
    /// A stored file with its bytes, for a channel to send. None when it is
    /// gone or was never fetched.
    pub async fn attachment(&self, id: i64) -> Result<Option<Media>> {
        let row = sqlx::query("SELECT kind, file_name, mime, bytes FROM attachments WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        let Some(r) = row else { return Ok(None) };
        Ok(Some(Media {
            kind: r.try_get("kind")?,
            file_name: r.try_get("file_name")?,
            mime: r.try_get("mime")?,
            bytes: r.try_get("bytes")?,
        }))
    }
}
