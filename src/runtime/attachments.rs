//! Files residents send (a photographed letter, a voice note): kept with
//! their conversation, and sent to the worker as files, on the worker's own
//! app, once a handover goes out. Never before: consent comes first.

use super::Runtime;
use super::handover::worker_lang;
use crate::content::Content;
use crate::directory::Worker;
use crate::engine::Reply;
use crate::store::{Media, Tx};
use anyhow::Result;
use chrono::{DateTime, Utc};

impl Runtime {
    /// Keep a file a resident sent. If a worker already has their handover,
    /// the file goes to that worker now; otherwise it waits for the handover.
    pub(super) async fn keep_media(
        &self,
        content: &Content,
        tx: &mut Tx,
        conversation_id: i64,
        media: &Media,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let id = tx.insert_attachment(conversation_id, media, now).await?;
        // Sizes and kinds only in the log: never names or contents.
        tracing::info!(attachment = id, kind = %media.kind, kept = media.bytes.is_some(), "file from a resident kept");
        let Some(handover_id) = tx.active_handover(conversation_id).await? else { return Ok(()) };
        let Some(case) = tx.case_for_handover(handover_id).await? else { return Ok(()) };
        let dir = self.directory();
        let Some(worker) = case.worker_id.as_deref().and_then(|w| dir.worker(w)) else { return Ok(()) };
        let files = tx.case_attachments(case.case_id).await?;
        let new: Vec<_> = files.into_iter().filter(|f| f.id == id).collect();
        send_files(content, tx, worker, handover_id, &new, now).await
    }

    /// Every file of a handover's case, to its worker, after the story.
    pub(super) async fn send_case_files(
        &self,
        content: &Content,
        tx: &mut Tx,
        worker: &Worker,
        handover_id: i64,
        case_id: i64,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let files = tx.case_attachments(case_id).await?;
        send_files(content, tx, worker, handover_id, &files, now).await
    }
}

/// One outbox row per file: the file itself with a caption that says whose
/// it is, or, for a file the platform would not give, a line saying so.
async fn send_files(
    content: &Content,
    tx: &mut Tx,
    worker: &Worker,
    handover_id: i64,
    files: &[crate::store::AttachmentInfo],
    now: DateTime<Utc>,
) -> Result<()> {
    let lang = worker_lang(content, worker);
    let contact = &worker.contact;
    for file in files {
        let args = [("number", handover_id.to_string()), ("name", file.file_name.clone())];
        if file.kept {
            let caption = Reply::say(content.texts.render(&lang, "worker-attachment", &args));
            let body = serde_json::to_string(&caption)?;
            tx.enqueue_attachment(&contact.channel, &contact.user_key(), &body, file.id, now).await?;
        } else {
            let note = Reply::say(content.texts.render(&lang, "worker-attachment-missing", &args));
            super::handover::send_to(tx, contact, &note, now).await?;
        }
    }
    Ok(())
}
