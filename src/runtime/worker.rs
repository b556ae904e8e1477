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
    Help,
}

fn parse(text: &str) -> StaffCommand {
    let t = text.trim();
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
        let Some(worker) =
            dir.workers.iter().find(|w| w.contact.channel == msg.channel && w.contact.user_key() == msg.user_key)
        else {
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
        let mut text = msg.text.trim().to_string();
        if let Ok(n) = text.parse::<usize>() {
            let buttons = tx.last_buttons(&msg.channel, &msg.user_key).await?;
            if let Some(b) = n.checked_sub(1).and_then(|i| buttons.get(i)) {
                text = b.value.clone();
            }
        }
        let mut out: Vec<(String, String, Reply)> = Vec::new();
        let say = |text: String| Reply { text, buttons: Vec::new(), numbered: false };
        let me = (msg.channel.clone(), msg.user_key.clone());
        match parse(&text) {
            StaffCommand::Help => out.push((me.0, me.1, say(t.render(&lang, "worker-help", &[])))),
            StaffCommand::Accept(id) | StaffCommand::Decline(id, _) | StaffCommand::Outcome(id, _)
                if tx.case_for_handover(id).await?.and_then(|c| c.worker_id).as_deref() != Some(worker.id.as_str()) =>
            {
                out.push((me.0, me.1, say(t.render(&lang, "worker-not-yours", &[("number", id.to_string())]))));
            }
            StaffCommand::Accept(id) => {
                let case = tx.case_for_handover(id).await?.expect("checked above");
                tx.set_handover_state(id, "accepted", None, now).await?;
                out.push((
                    me.0.clone(),
                    me.1.clone(),
                    say(t.render(&lang, "worker-accepted", &[("number", id.to_string())])),
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
                out.push((case.channel, case.user_key, say(text)));
            }
            StaffCommand::Decline(id, reason) => {
                let case = tx.case_for_handover(id).await?.expect("checked above");
                tx.set_handover_state(id, "declined", Some(&reason), now).await?;
                tx.cancel_appointments(id).await?;
                out.push((
                    me.0.clone(),
                    me.1.clone(),
                    say(t.render(&lang, "worker-declined", &[("number", id.to_string())])),
                ));
                let reply = self.reassign(content, &mut tx, &dir, &case, &worker.id, now).await?;
                out.push((case.channel, case.user_key, reply));
            }
            StaffCommand::Outcome(id, outcome) => {
                tx.set_outcome(id, &outcome, now).await?;
                out.push((me.0, me.1, say(t.render(&lang, "outcome-thanks", &[("number", id.to_string())]))));
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
