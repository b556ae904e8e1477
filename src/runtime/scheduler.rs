//! Timed work, so that nothing waits silently: a booked handover not accepted
//! within its SLA goes to the next match and the coordinator; the day before,
//! resident and worker get a reminder; after the appointment the resident is
//! asked whether it helped and the worker for the outcome. Due work lives in
//! the store (`jobs`), so a restart loses none of it; `tick` is driven by the
//! wall clock in `chat`/`run`, and by a hand-set clock in tests.

use super::Runtime;
use crate::content::Content;
use crate::engine::{Button, Reply};
use crate::handover::sla;
use crate::handover::slots::Slot;
use crate::runtime::handover::{send_to, slot_label, worker_lang};
use crate::store::Tx;
use crate::triage::Urgency;
use anyhow::Result;
use chrono::{DateTime, Duration, Utc};

pub const SLA_CHECK: &str = "sla_check";
pub const REMINDER: &str = "reminder";
pub const FOLLOW_UP: &str = "follow_up";

/// Outcomes a worker records after the appointment.
pub const OUTCOMES: [&str; 4] = ["helped", "referred", "no_show", "new_appointment"];

impl Runtime {
    /// Plan the timed work for a handover that was just booked.
    pub(super) async fn plan(
        &self,
        tx: &mut Tx,
        handover_id: i64,
        slot: &Slot,
        urgency: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let urgency = Urgency::from_name(urgency);
        // Escalate in time for someone else to still take the appointment.
        let due = sla::deadline(urgency, now, &self.sla).min(slot.starts_at - crate::handover::slots::MIN_NOTICE);
        tx.schedule(SLA_CHECK, handover_id, due.max(now), now).await?;
        let reminder = slot.starts_at - Duration::hours(24);
        if reminder > now {
            tx.schedule(REMINDER, handover_id, reminder, now).await?;
        }
        let after = slot.starts_at + Duration::minutes(slot.minutes as i64) + Duration::hours(2);
        tx.schedule(FOLLOW_UP, handover_id, after, now).await?;
        Ok(())
    }

    /// Tick every `every` until `stop` turns true (`chat` and `run` use this).
    pub async fn run_scheduler(
        self: std::sync::Arc<Self>,
        every: std::time::Duration,
        mut stop: tokio::sync::watch::Receiver<bool>,
    ) {
        loop {
            if let Err(e) = self.tick().await {
                tracing::error!(error = %e, "scheduler tick failed");
            }
            tokio::select! {
                _ = tokio::time::sleep(every) => {}
                _ = stop.changed() => break,
            }
        }
    }

    /// Do all work due now. Returns how many jobs ran.
    pub async fn tick(&self) -> Result<usize> {
        let now = self.now();
        let content = self.content();
        let mut done = 0;
        for job in self.store.due_jobs(now, 200).await? {
            let mut tx = self.store.begin().await?;
            if !tx.claim_job(job.id, now).await? {
                tx.rollback().await?;
                continue;
            }
            let Some(case) = tx.case_for_handover(job.handover_id).await? else {
                tx.commit().await?;
                continue;
            };
            let dir = self.directory();
            let worker = case.worker_id.as_deref().and_then(|w| dir.worker(w));
            let t = &content.texts;
            let time = |lang: &str| {
                case.appointment.as_ref().map(|(at, mode)| slot_label(t, lang, *at, mode)).unwrap_or_default()
            };
            match (job.kind.as_str(), worker) {
                (SLA_CHECK, Some(w)) if case.state == "booked" => {
                    // Not accepted in time: escalate to the coordinator, and
                    // hand it to the next match who is free at that time.
                    tx.set_handover_state(job.handover_id, "escalated", Some("no answer within the SLA"), now).await?;
                    tx.cancel_appointments(job.handover_id).await?;
                    self.notify_coordinator_text(
                        &content,
                        &mut tx,
                        &dir,
                        job.handover_id,
                        "coordinator-escalated",
                        &[("number", job.handover_id.to_string()), ("worker", w.first_name().to_string())],
                        now,
                    )
                    .await?;
                    let message = self.reassign(&content, &mut tx, &dir, &case, &w.id, now).await?;
                    tx.enqueue(&case.channel, &case.user_key, &serde_json::to_string(&message)?, now).await?;
                }
                (REMINDER, Some(w))
                    if matches!(case.state.as_str(), "booked" | "accepted")
                        && case.appointment.as_ref().is_some_and(|(at, _)| *at > now) =>
                {
                    let text = t.render(
                        &case.lang,
                        "reminder-resident",
                        &[("worker", w.first_name().to_string()), ("time", time(&case.lang))],
                    );
                    tx.enqueue(&case.channel, &case.user_key, &serde_json::to_string(&Reply::say(text))?, now).await?;
                    let lang = worker_lang(&content, w);
                    let name = case.answers.get("name").and_then(|v| v.as_str()).unwrap_or("-").to_string();
                    let text = t.render(
                        &lang,
                        "reminder-worker",
                        &[("number", job.handover_id.to_string()), ("name", name), ("time", time(&lang))],
                    );
                    send_to(&mut tx, &w.contact, &Reply::say(text), now).await?;
                }
                (FOLLOW_UP, Some(w)) if matches!(case.state.as_str(), "booked" | "accepted") => {
                    let id = job.handover_id;
                    let ask = Reply {
                        text: t.render(&case.lang, "followup-resident", &[("worker", w.first_name().to_string())]),
                        buttons: vec![
                            Button {
                                value: format!("feedback:{id}:yes"),
                                label: t.render(&case.lang, "followup-yes", &[]),
                            },
                            Button {
                                value: format!("feedback:{id}:no"),
                                label: t.render(&case.lang, "followup-no", &[]),
                            },
                        ],
                        numbered: true,
                    };
                    tx.enqueue(&case.channel, &case.user_key, &serde_json::to_string(&ask)?, now).await?;
                    let lang = worker_lang(&content, w);
                    let outcome = Reply {
                        text: t.render(&lang, "outcome-worker", &[("number", id.to_string())]),
                        buttons: OUTCOMES
                            .iter()
                            .map(|o| Button {
                                value: format!("outcome:{id}:{o}"),
                                label: t.render(&lang, &format!("outcome-{o}"), &[]),
                            })
                            .collect(),
                        numbered: true,
                    };
                    send_to(&mut tx, &w.contact, &outcome, now).await?;
                }
                _ => {} // nothing to do any more (accepted in time, cancelled, closed)
            }
            tx.commit().await?;
            done += 1;
        }
        Ok(done)
    }

    /// A resident's answer to a follow-up ("feedback:12:yes") or to a time
    /// the worker proposed ("proposal:12:ok").
    pub(super) async fn record_feedback(
        &self,
        content: &Content,
        tx: &mut Tx,
        value: &str,
        lang: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Reply>> {
        if let Some(rest) = value.strip_prefix("proposal:") {
            let Some((id, answer)) = rest.split_once(':') else { return Ok(None) };
            let Ok(id) = id.parse::<i64>() else { return Ok(None) };
            return Ok(Some(match answer {
                "ok" => {
                    tx.set_handover_state(id, "accepted", None, now).await?;
                    Reply::say(content.texts.render(lang, "proposal-thanks", &[]))
                }
                "no" => {
                    tx.cancel_appointments(id).await?;
                    tx.set_handover_state(id, "unassigned", Some("the proposed time did not suit the resident"), now)
                        .await?;
                    let dir = self.directory();
                    self.notify_coordinator_text(
                        content,
                        tx,
                        &dir,
                        id,
                        "coordinator-proposal-declined",
                        &[("number", id.to_string())],
                        now,
                    )
                    .await?;
                    Reply::say(content.texts.render(lang, "proposal-coordinator", &[]))
                }
                _ => return Ok(None),
            }));
        }
        let mut parts = value.split(':');
        let (Some("feedback"), Some(id), Some(answer)) = (parts.next(), parts.next(), parts.next()) else {
            return Ok(None);
        };
        let Ok(id) = id.parse::<i64>() else { return Ok(None) };
        if !matches!(answer, "yes" | "no") {
            return Ok(None);
        }
        tx.set_feedback(id, answer, now).await?;
        Ok(Some(Reply::say(content.texts.render(lang, "followup-thanks", &[]))))
    }
}
