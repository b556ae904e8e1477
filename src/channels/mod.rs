//! Channels translate a platform's messages into [`Inbound`](crate::runtime::Inbound)
//! events and deliver the outbox back. They know nothing of flows, triage or SQL.

pub mod console;
pub mod matrix;
pub mod telegram;
pub mod telegram_webhook;

use crate::engine::Reply;
use crate::store::Store;
use anyhow::Result;

/// teloxide brings rustls with ring, matrix-sdk with aws-lc-rs; with both
/// linked rustls will not choose, so every program picks one at start.
pub fn install_tls_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// Waiting longer after each failure to reach a server, up to 30 s, and
/// short again after a success: a server that is down is not hammered, one
/// that is back is used at once.
pub struct Backoff {
    first: std::time::Duration,
    next: std::time::Duration,
}

impl Backoff {
    pub fn new(first: std::time::Duration) -> Self {
        Backoff { first, next: first }
    }

    pub fn reset(&mut self) {
        self.next = self.first;
    }

    /// How long the next wait will be (for the log).
    pub fn secs(&self) -> f32 {
        self.next.as_secs_f32()
    }

    /// Wait, then make the next wait twice as long. False when `stop` came first.
    pub async fn wait(&mut self, stop: &mut tokio::sync::watch::Receiver<bool>) -> bool {
        let wait = self.next;
        self.next = (wait * 2).min(std::time::Duration::from_secs(30));
        tokio::select! {
            _ = tokio::time::sleep(wait) => true,
            _ = stop.changed() => false,
        }
    }
}

/// A reply as plain text with its choices under it: numbered when the
/// resident may answer with the number, bullets otherwise. For apps without
/// buttons (the terminal, Matrix).
pub fn text_with_choices(reply: &Reply) -> String {
    let mut text = reply.text.clone();
    for (i, b) in reply.buttons.iter().enumerate() {
        text.push('\n');
        if reply.numbered {
            text.push_str(&format!("  {}) {}", i + 1, b.label));
        } else {
            text.push_str(&format!("  • {}", b.label));
        }
    }
    text
}

/// One outbox row ready to go out.
pub struct Queued {
    pub id: i64,
    pub reply: Reply,
    /// A stored file to send, the reply's text as its caption.
    pub attachment: Option<i64>,
}

/// Replies waiting for one person, in groups that go out as one message each.
pub struct Pending {
    pub user_key: String,
    pub groups: Vec<Vec<Queued>>,
}

impl Pending {
    /// Every row id waiting for this person.
    pub fn ids(&self) -> impl Iterator<Item = i64> + '_ {
        self.groups.iter().flatten().map(|q| q.id)
    }
}

/// What waits in the outbox of a channel, per person, oldest first. Replies
/// that wait together go as one message (fewer pings on a cheap phone, and
/// within a platform's per-chat limits); a reply with choices closes a group,
/// so the choices stay under the question they answer; a file goes alone.
/// An unreadable row is logged and marked sent: it can never be delivered.
pub async fn pending(store: &Store, channel: &str) -> Result<Vec<Pending>> {
    let mut out: Vec<Pending> = Vec::new();
    for row in store.pending_outbox(channel, None).await? {
        let reply: Reply = match serde_json::from_str(&row.body) {
            Ok(r) => r,
            Err(e) => {
                tracing::error!(id = row.id, error = %e, "unreadable outbox row skipped");
                store.mark_sent(row.id, chrono::Utc::now()).await?;
                continue;
            }
        };
        let index = match out.iter().position(|p| p.user_key == row.user_key) {
            Some(i) => i,
            None => {
                out.push(Pending { user_key: row.user_key, groups: vec![Vec::new()] });
                out.len() - 1
            }
        };
        let groups = &mut out[index].groups;
        let closed = |q: &Queued| !q.reply.buttons.is_empty() || q.attachment.is_some();
        let last_closed = groups.last().and_then(|g| g.last()).is_some_and(closed);
        let queued = Queued { id: row.id, reply, attachment: row.attachment_id };
        if last_closed || (queued.attachment.is_some() && groups.last().is_some_and(|g| !g.is_empty())) {
            groups.push(Vec::new());
        }
        groups.last_mut().expect("at least one group").push(queued);
    }
    Ok(out)
}

/// A stored file for a channel to send: its bytes, or None (logged) when it
/// is gone; the caller then sends the caption alone.
pub async fn attachment_bytes(store: &Store, id: i64) -> Result<Option<(crate::store::Media, Vec<u8>)>> {
    match store.attachment(id).await? {
        Some(mut media) => match media.bytes.take() {
            Some(bytes) => Ok(Some((media, bytes))),
            None => Ok(None),
        },
        None => {
            tracing::error!(attachment = id, "outbox row names a file that is not stored; caption sent alone");
            Ok(None)
        }
    }
}
