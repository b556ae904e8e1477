//! One conversation step, end to end: dedupe the message, load the state, run
//! the engine, and store the new state with every effect in one transaction.
//!
//! After `handle` returns, what the resident said is safe and the replies are
//! in the outbox; a crash before the commit loses nothing either, because the
//! platform delivers the message again and the inbox has not seen it yet.

mod attachments;
pub mod guard;
pub mod handover;
pub mod scheduler;
pub mod worker;

use crate::content::Content;
use crate::directory::Directory;
use crate::engine::{self, Effect, Event, State, Status, TriageNote};
pub use crate::store::Media;
use crate::store::{NewAlert, NewCase, Store};
use crate::triage::Urgency;
use anyhow::Result;
use chrono::{DateTime, Utc};
use std::sync::{Arc, RwLock};

/// A message from any channel, in channel-neutral form.
#[derive(Debug, Clone)]
pub struct Inbound {
    pub channel: String,
    /// Who wrote, as the channel knows them (Telegram chat id, Matrix user id, ...).
    pub user_key: String,
    /// The platform's id for this message: a second delivery carries the same id.
    pub message_id: String,
    /// What they wrote; for a file, its caption (may be empty).
    pub text: String,
    pub lang_hint: Option<String>,
    /// A file they sent with it (a photographed letter, a voice note).
    pub media: Option<Media>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handled {
    /// Processed; this many replies are waiting in the outbox.
    Processed { replies: usize },
    /// Seen before: nothing was done.
    Duplicate,
}

/// Something that tells the time; tests pass a fixed one.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

pub struct Runtime {
    store: Store,
    content: RwLock<Arc<Content>>,
    directory: RwLock<Arc<Directory>>,
    clock: Arc<dyn Clock>,
    /// How long a booked handover may wait for the worker's yes.
    pub sla: crate::handover::sla::SlaSettings,
}

impl Runtime {
    pub fn new(store: Store, content: Content, directory: Directory, clock: Arc<dyn Clock>) -> Self {
        Runtime {
            store,
            content: RwLock::new(Arc::new(content)),
            directory: RwLock::new(Arc::new(directory)),
            clock,
            sla: Default::default(),
        }
    }

    /// A runtime on the directory in the store. A store without one gets the
    /// directory that came with the content (the demo wijk), so a first
    /// `luisterloket chat` can book a handover with no setup.
    pub async fn open(store: Store, content: Content, clock: Arc<dyn Clock>) -> Result<Self> {
        let mut directory = store.directory().await?;
        if directory.workers.is_empty() && !content.directory.workers.is_empty() {
            let summary = store.import_directory(&content.directory, "built-in demo directory", clock.now()).await?;
            tracing::info!(?summary, "imported the built-in demo directory");
            directory = store.directory().await?;
        }
        Ok(Runtime::new(store, content, directory, clock))
    }

    pub fn directory(&self) -> Arc<Directory> {
        self.directory.read().expect("directory lock").clone()
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn content(&self) -> Arc<Content> {
        self.content.read().expect("content lock").clone()
    }

    /// Swap in new dialogs and texts. A broken set never gets here: loading
    /// validates first, so the bot keeps its last good version.
    pub fn replace_content(&self, content: Content) {
        *self.content.write().expect("content lock") = Arc::new(content);
    }

    /// A message that arrived but cannot be read (an encrypted Matrix message
    /// whose key never came): ask, once, to send it again, in the
    /// conversation's language. Seen before: nothing.
    pub async fn handle_unreadable(&self, msg: &Inbound) -> Result<Handled> {
        let now = self.clock.now();
        let Some((tx, _, state)) = self.open_step(msg, now).await? else { return Ok(Handled::Duplicate) };
        let reply = engine::Reply::say(self.content().texts.render(&state.lang, "message-unreadable", &[]));
        answer_once(tx, msg, &reply, now).await
    }

    /// Begin a step's transaction: the conversation locked and its state
    /// loaded, the message claimed in the inbox. None (and nothing done) when
    /// the message was seen before.
    async fn open_step(&self, msg: &Inbound, now: DateTime<Utc>) -> Result<Option<(crate::store::Tx, i64, State)>> {
        let mut tx = self.store.begin().await?;
        let fallback_lang = msg.lang_hint.as_deref().unwrap_or(crate::i18n::SOURCE_LANG);
        let (conversation_id, stored) = tx.lock_conversation(&msg.channel, &msg.user_key, fallback_lang, now).await?;
        if !tx.claim_message(&msg.channel, &msg.message_id, conversation_id, now).await? {
            tx.rollback().await?;
            tracing::info!(channel = %msg.channel, "redelivered message skipped");
            return Ok(None);
        }
        let state = match stored {
            Some(json) => State::from_json(&json, fallback_lang),
            None => State::new(fallback_lang),
        };
        Ok(Some((tx, conversation_id, state)))
    }

    pub async fn handle(&self, msg: &Inbound) -> Result<Handled> {
        let now = self.clock.now();
        let content = self.content();
        // Workers and coordinators answer handovers; they are not residents.
        if let Some(handled) = self.handle_staff(&content, msg, now).await? {
            return Ok(handled);
        }
        let Some((mut tx, conversation_id, state)) = self.open_step(msg, now).await? else {
            return Ok(Handled::Duplicate);
        };
        if let Some(media) = &msg.media {
            self.keep_media(&content, &mut tx, conversation_id, media, now).await?;
            // A file without words: say it is safe; the question stays open.
            if msg.text.trim().is_empty() {
                let reply = engine::Reply::say(content.texts.render(&state.lang, "media-saved", &[]));
                return answer_once(tx, msg, &reply, now).await;
            }
        }
        // An answer to a follow-up ("did it help?") comes after the
        // conversation ended: it is not a new intake.
        if state.status != Status::Active {
            let value = match tx.numbered_button(&msg.channel, &msg.user_key, &msg.text).await? {
                Some(v) if v.starts_with("feedback:") || v.starts_with("proposal:") => v,
                _ => msg.text.trim().to_string(),
            };
            if let Some(reply) = self.record_feedback(&content, &mut tx, &value, &state.lang, now).await? {
                return answer_once(tx, msg, &reply, now).await;
            }
        }
        // Triage every typed message (not commands): the engine decides what
        // the domains mean, the guard acts on safety.
        let active = state.status == Status::Active;
        let typed = !msg.text.trim().is_empty() && !msg.text.trim_start().starts_with('/');
        let assessment = typed.then(|| {
            let hint = if active { Some(state.lang.as_str()) } else { msg.lang_hint.as_deref() };
            content.triage.assess(&msg.text, None, hint)
        });
        let note = assessment.as_ref().map(|a| TriageNote {
            domains: a.domains.iter().map(|d| d.id.clone()).collect(),
            urgency: (a.urgency > Urgency::Normal).then_some(a.urgency),
            safety: a.safety,
            // The words behind the urgency and, for someone at risk, behind that.
            evidence: a.urgency_evidence.iter().chain(&a.safety_evidence).fold(Vec::new(), |mut all, e| {
                if !all.contains(e) {
                    all.push(e.clone());
                }
                all
            }),
        });
        // A new conversation greets in the language the first message is in.
        let lang_hint = match (&assessment, active) {
            (Some(a), false) => Some(a.language.clone()),
            _ => msg.lang_hint.clone(),
        };
        let event = Event { text: msg.text.clone(), lang_hint, triage: note };
        let (mut state, mut effects) = engine::step(&content.script, &content.texts, &state, &event);
        if let Some(g) = assessment.as_ref().and_then(|a| guard::check(&content.texts, &mut state, a)) {
            if !g.reply.text.is_empty() {
                effects.insert(0, Effect::Reply(g.reply));
            }
            let alert = NewAlert {
                conversation_id,
                channel: &msg.channel,
                user_key: &msg.user_key,
                kind: "safety",
                lang: &state.lang,
                evidence: serde_json::json!(g.evidence),
            };
            let id = tx.insert_alert(&alert, now).await?;
            tracing::warn!(alert = id, conversation = conversation_id, "safety alert for the on-duty coordinator");
        }

        let mut replies = 0;
        let mut queue: std::collections::VecDeque<Effect> = effects.into();
        while let Some(effect) = queue.pop_front() {
            match effect {
                Effect::Request(action) => {
                    let found = self.perform(&content, &mut tx, action, &state, conversation_id, now).await?;
                    let (next, more) = engine::resume(&content.script, &content.texts, &state, found);
                    state = next;
                    queue.extend(more);
                }
                Effect::Reply(reply) => {
                    let body = serde_json::to_string(&reply)?;
                    tx.enqueue(&msg.channel, &msg.user_key, &body, now).await?;
                    replies += 1;
                }
                Effect::SubmitCase(case) => {
                    let id = tx
                        .insert_case(
                            &NewCase {
                                conversation_id,
                                channel: &msg.channel,
                                user_key: &msg.user_key,
                                lang: &case.lang,
                                domains: serde_json::json!(case.domains),
                                answers: serde_json::json!(case.answers),
                                own_words: serde_json::json!(case.own_words),
                                consent: case.consent,
                                wants_person: case.wants_person,
                                urgency: case.urgency.as_str(),
                                safety: case.safety,
                                triage: serde_json::json!({
                                    "urgency_reasons": case.urgency_reasons,
                                    "heard_domains": case.heard_domains,
                                }),
                            },
                            now,
                        )
                        .await?;
                    // Ids and counts only: never what the resident said.
                    tracing::info!(case = id, domains = case.domains.len(), "case stored");
                }
                Effect::LanguageChanged(lang) => tracing::debug!(%lang, "language changed"),
                Effect::Ended => tracing::debug!("conversation ended"),
                Effect::ScriptError(e) => tracing::error!(error = %e, "dialog script error"),
            }
        }
        tx.save_conversation(conversation_id, &state.lang, &state.to_json(), now).await?;
        tx.commit().await?;
        Ok(Handled::Processed { replies })
    }
}

/// A step that ends in one reply and nothing else: queue it and commit.
async fn answer_once(
    mut tx: crate::store::Tx,
    msg: &Inbound,
    reply: &engine::Reply,
    now: DateTime<Utc>,
) -> Result<Handled> {
    tx.enqueue(&msg.channel, &msg.user_key, &serde_json::to_string(reply)?, now).await?;
    tx.commit().await?;
    Ok(Handled::Processed { replies: 1 })
}
