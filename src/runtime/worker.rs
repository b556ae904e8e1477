//! Messages from workers and coordinators: accepting or declining a handover.
//! A declined handover goes to the next match at the same time when someone
//! is free then, or to the on-duty coordinator; the resident hears either way.

use super::{Handled, Inbound, Runtime};
use crate::content::Content;
use crate::engine::Reply;
use crate::runtime::handover::{slot_label, worker_lang};
use anyhow::Result;
use chrono::{DateTime, Utc};

enum StaffCommand {
    Accept(i64),
    Decline(i64, String),
    /// After the appointment: helped, referred, no_show, new_appointment.
    Outcome(i64, String),
    /// Show my free times to propose another one.
    Propose(i64),
    /// Propose this time (RFC 3339) to the resident.
    Proposed(i64, String),
    Help,
}

fn parse(text: &str) -> StaffCommand {
    let t = text.trim();
    if let Some(rest) = t.strip_prefix("proposed:")
        && let Some((id, time)) = rest.split_once(':')
        && let Ok(id) = id.parse()
    {
        return StaffCommand::Proposed(id, time.to_string());
    }
    if let Some(rest) = t.strip_prefix("outcome:")
        && let Some((id, outcome)) = rest.split_once(':')
        && let (Ok(id), true) = (id.parse(), super::scheduler::OUTCOMES.contains(&outcome))
    {
        return StaffCommand::Outcome(id, outcome.to_string());
    }
    let (word, rest) = match t.split_once([':', ' ']) {
        Some((w, r)) => (w.trim_start_matches('/').to_lowercase(), r.trim()),
        None => (t.trim_start_matches('/').to_lowercase(), ""),
    };
    let (number, reason) = match rest.split_once(' ') {
        Some((n, r)) => (n, r.trim().to_string()),
        None => (rest, String::new()),
    };
    match (word.as_str(), number.trim_start_matches('#').parse::<i64>()) {
        ("accept" | "accepteer" | "ja", Ok(n)) => StaffCommand::Accept(n),
        ("decline" | "weiger" | "nee", Ok(n)) => StaffCommand::Decline(n, reason),
        ("propose" | "voorstel", Ok(n)) => StaffCommand::Propose(n),
        _ => StaffCommand::Help,
    }
}

impl Runtime {
    /// Handle a message from a worker or coordinator; None when the sender is neither.
    pub(super) async fn handle_staff(
        &self,
        content: &Content,
        msg: &Inbound,
        now: DateTime<Utc>,
    ) -> Result<Option<Handled>> {
        let dir = self.directory();
        let Some(worker) = dir.workers.iter().find(|w| w.contact.is(&msg.channel, &msg.user_key)) else {
            return Ok(None);
        };
        let mut tx = self.store.begin().await?;
        let (conversation_id, _) = tx.lock_conversation(&msg.channel, &msg.user_key, "nl", now).await?;
        if !tx.claim_message(&msg.channel, &msg.message_id, conversation_id, now).await? {
            tx.rollback().await?;
            return Ok(Some(Handled::Duplicate));
        }
        let lang = worker_lang(content, worker);
        let t = &content.texts;
        // A number answers the buttons of the last message ("1" = the first button).
        let text = match tx.numbered_button(&msg.channel, &msg.user_key, &msg.text).await? {
            Some(value) => value,
            None => msg.text.trim().to_string(),
        };
        let mut out: Vec<(String, String, Reply)> = Vec::new();
        let me = (msg.channel.clone(), msg.user_key.clone());
        match parse(&text) {
            StaffCommand::Help => out.push((me.0, me.1, Reply::say(t.render(&lang, "worker-help", &[])))),
            StaffCommand::Accept(id)
            | StaffCommand::Decline(id, _)
            | StaffCommand::Outcome(id, _)
            | StaffCommand::Propose(id)
            | StaffCommand::Proposed(id, _)
                if tx.case_for_handover(id).await?.and_then(|c| c.worker_id).as_deref() != Some(worker.id.as_str()) =>
            {
                out.push((me.0, me.1, Reply::say(t.render(&lang, "worker-not-yours", &[("number", id.to_string())]))));
            }
            StaffCommand::Accept(id) => {
                let case = tx.case_for_handover(id).await?.expect("checked above");
                tx.set_handover_state(id, "accepted", None, now).await?;
                out.push((
                    me.0.clone(),
                    me.1.clone(),
                    Reply::say(t.render(&lang, "worker-accepted", &[("number", id.to_string())])),
                ));
                let time = case
                    .appointment
                    .as_ref()
                    .map(|(at, mode)| slot_label(t, &case.lang, *at, mode))
                    .unwrap_or_default();
                let text = t.render(
                    &case.lang,
                    "resident-accepted",
                    &[("worker", worker.first_name().to_string()), ("time", time)],
                );
                out.push((case.channel, case.user_key, Reply::say(text)));
            }
            StaffCommand::Decline(id, reason) => {
                let case = tx.case_for_handover(id).await?.expect("checked above");
                tx.set_handover_state(id, "declined", Some(&reason), now).await?;
                tx.cancel_appointments(id).await?;
                out.push((
                    me.0.clone(),
                    me.1.clone(),
                    Reply::say(t.render(&lang, "worker-declined", &[("number", id.to_string())])),
                ));
                let reply = self.reassign(content, &mut tx, &dir, &case, &worker.id, now).await?;
                out.push((case.channel, case.user_key, reply));
            }
            StaffCommand::Propose(id) => {
                let booked = tx.booked_times(now).await?;
                let empty = std::collections::HashSet::new();
                let free = crate::handover::slots::free_slots(
                    worker,
                    now,
                    super::handover::BOOKING_DAYS,
                    booked.get(&worker.id).unwrap_or(&empty),
                    super::handover::OFFERED,
                );
                if free.is_empty() {
                    out.push((
                        me.0,
                        me.1,
                        Reply::say(t.render(&lang, "worker-no-times", &[("number", id.to_string())])),
                    ));
                } else {
                    let buttons = free
                        .iter()
                        .map(|s| crate::engine::Button {
                            value: format!("proposed:{id}:{}", s.starts_at.to_rfc3339()),
                            label: slot_label(t, &lang, s.starts_at, s.mode.as_str()),
                        })
                        .collect();
                    out.push((
                        me.0,
                        me.1,
                        Reply { text: t.render(&lang, "booking-pick", &[]), buttons, numbered: true },
                    ));
                }
            }
            StaffCommand::Proposed(id, time) => {
                let case = tx.case_for_handover(id).await?.expect("checked above");
                let booked = tx.booked_times(now).await?;
                let empty = std::collections::HashSet::new();
                let at: Option<DateTime<Utc>> = time.parse().ok();
                let slot = crate::handover::slots::free_slots(
                    worker,
                    now,
                    super::handover::BOOKING_DAYS,
                    booked.get(&worker.id).unwrap_or(&empty),
                    usize::MAX,
                )
                .into_iter()
                .find(|s| Some(s.starts_at) == at);
                match slot {
                    Some(slot) => {
                        tx.cancel_appointments(id).await?;
                        if tx.book(id, &slot, now).await?.is_some() {
                            self.plan(&mut tx, id, &slot, &case.urgency, now).await?;
                        }
                        let mine = slot_label(t, &lang, slot.starts_at, slot.mode.as_str());
                        out.push((
                            me.0.clone(),
                            me.1.clone(),
                            Reply::say(t.render(
                                &lang,
                                "worker-proposed",
                                &[("number", id.to_string()), ("time", mine)],
                            )),
                        ));
                        let theirs = slot_label(t, &case.lang, slot.starts_at, slot.mode.as_str());
                        let ask = Reply {
                            text: t.render(
                                &case.lang,
                                "resident-proposal",
                                &[("worker", worker.first_name().to_string()), ("time", theirs)],
                            ),
                            buttons: vec![
                                crate::engine::Button {
                                    value: format!("proposal:{id}:ok"),
                                    label: t.render(&case.lang, "resident-proposal-ok", &[]),
                                },
                                crate::engine::Button {
                                    value: format!("proposal:{id}:no"),
                                    label: t.render(&case.lang, "resident-proposal-no", &[]),
                                },
                            ],
                            numbered: true,
                        };
                        out.push((case.channel, case.user_key, ask));
                    }
                    None => out.push((
                        me.0,
                        me.1,
                        Reply::say(t.render(&lang, "worker-no-times", &[("number", id.to_string())])),
                    )),
                }
            }
            StaffCommand::Outcome(id, outcome) => {
                tx.set_outcome(id, &outcome, now).await?;
                out.push((me.0, me.1, Reply::say(t.render(&lang, "outcome-thanks", &[("number", id.to_string())]))));
            }
        }
        let mine = out.iter().filter(|(c, u, _)| *c == msg.channel && *u == msg.user_key).count();
        for (channel, user_key, reply) in out {
            tx.enqueue(&channel, &user_key, &serde_json::to_string(&reply)?, now).await?;
        }
        tx.commit().await?;
        Ok(Some(Handled::Processed { replies: mine }))
    }
}
