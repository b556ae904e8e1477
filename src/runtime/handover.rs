//! The runtime's half of the warm handover: what `handover: match` and
//! `handover: book` steps ask for, done against the store in the step's own
//! transaction, and the messages that go to the worker.

use super::Runtime;
use crate::content::Content;
use crate::directory::{Contact, Directory, Worker, localized};
use crate::engine::{self, Button, Reply, State, strings};
use crate::handover::matching::{self, Need, Ranked};
use crate::handover::slots::{self, Slot, TIME_ZONE};
use crate::i18n::Catalog;
use crate::script::HandoverAction;
use crate::store::Tx;
use crate::store::handover::NewHandover;
use anyhow::Result;
use chrono::{DateTime, Datelike, Duration, Timelike, Utc};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// How far ahead residents can book.
pub const BOOKING_DAYS: u32 = 21;
/// How many times the resident is offered.
pub const OFFERED: usize = 3;

impl Contact {
    /// The conversation key a channel uses for this person.
    pub fn user_key(&self) -> String {
        if self.channel == crate::channels::console::CHANNEL { format!("console:{}", self.id) } else { self.id.clone() }
    }

    /// Whether a message from `user_key` on `channel` comes from this person.
    pub fn is(&self, channel: &str, user_key: &str) -> bool {
        self.channel == channel && self.user_key() == user_key
    }
}

/// Put a reply in the outbox for someone in the directory (a worker, a
/// coordinator, a team room).
pub(super) async fn send_to(tx: &mut Tx, contact: &Contact, reply: &Reply, now: DateTime<Utc>) -> Result<()> {
    tx.enqueue(&contact.channel, &contact.user_key(), &serde_json::to_string(reply)?, now).await?;
    Ok(())
}

/// The language a worker reads their handovers in: the first they list that we ship.
pub fn worker_lang(content: &Content, worker: &Worker) -> String {
    worker
        .languages
        .iter()
        .find(|l| content.script.desk.languages.contains(l))
        .cloned()
        .unwrap_or_else(|| crate::i18n::SOURCE_LANG.to_string())
}

/// "di 1 dec 10:00 · bellen", in `lang`, in Amsterdam time.
pub fn slot_label(texts: &Catalog, lang: &str, starts_at: DateTime<Utc>, mode: &str) -> String {
    let local = starts_at.with_timezone(&TIME_ZONE);
    texts.render(
        lang,
        "slot-label",
        &[
            ("weekday", texts.render(lang, &format!("weekday-{}", local.weekday().number_from_monday()), &[])),
            ("day", local.day().to_string()),
            ("month", texts.render(lang, &format!("month-{}", local.month()), &[])),
            ("time", format!("{:02}:{:02}", local.hour(), local.minute())),
            ("mode", texts.render(lang, &format!("mode-{mode}"), &[])),
        ],
    )
}

/// Rank workers for the conversation's case, leaving out `exclude`.
pub async fn rank<'d>(
    dir: &'d Directory,
    tx: &mut Tx,
    lang: &str,
    wijk: Option<&str>,
    domains: &[String],
    exclude: &[String],
    now: DateTime<Utc>,
) -> Result<(Vec<Ranked<'d>>, std::collections::HashMap<String, std::collections::HashSet<DateTime<Utc>>>)> {
    let booked = tx.booked_times(now).await?;
    let loads = tx.loads(now - Duration::days(7)).await?;
    let need = Need { lang, wijk, domains };
    let empty = std::collections::HashSet::new();
    let ranked = matching::rank(dir, &need, now, &|id| loads.get(id).copied().unwrap_or(0), &|w| {
        slots::free_slots(w, now, BOOKING_DAYS, booked.get(&w.id).unwrap_or(&empty), 1).into_iter().next()
    })
    .into_iter()
    .filter(|r| !exclude.contains(&r.worker.id))
    .collect();
    Ok((ranked, booked))
}

fn time_buttons(texts: &Catalog, lang: &str, free: &[Slot]) -> Value {
    Value::Array(
        free.iter()
            .map(|s| json!({"value": s.starts_at.to_rfc3339(), "label": slot_label(texts, lang, s.starts_at, s.mode.as_str())}))
            .collect(),
    )
}

impl Runtime {
    /// Do what a `handover:` step asks; returns the variables to resume with.
    pub(super) async fn perform(
        &self,
        content: &Content,
        tx: &mut Tx,
        action: HandoverAction,
        state: &State,
        conversation_id: i64,
        now: DateTime<Utc>,
    ) -> Result<BTreeMap<String, Value>> {
        let dir = self.directory();
        let vars = &state.vars;
        let lang = state.lang.as_str();
        let mut found = BTreeMap::new();
        let postcode = vars.get("postcode").and_then(Value::as_str).unwrap_or("");
        let wijk = dir.wijk_for_postcode(postcode).map(|w| w.id.clone());
        let domains = strings(vars.get("domains"));
        let exclude = strings(vars.get("declined_workers"));
        // Someone else, please: the current worker is left out, then we match again.
        let mut exclude = exclude;
        let action = if action == HandoverAction::Another {
            let current = vars.get("worker").and_then(Value::as_str).unwrap_or("").to_string();
            if let Some(id) = vars.get("handover_id").and_then(Value::as_i64) {
                tx.set_handover_state(id, "closed", Some("the resident asked for someone else"), now).await?;
            }
            if !current.is_empty() && !exclude.contains(&current) {
                exclude.push(current);
            }
            found.insert("declined_workers".into(), json!(exclude));
            HandoverAction::Match
        } else {
            action
        };
        match action {
            HandoverAction::Another => unreachable!("turned into Match above"),
            HandoverAction::Callback => {
                let worker_id = vars.get("worker").and_then(Value::as_str).unwrap_or("");
                let handover_id = vars.get("handover_id").and_then(Value::as_i64).unwrap_or(0);
                if let Some(w) = dir.worker(worker_id) {
                    tx.set_handover_state(handover_id, "booked", None, now).await?;
                    let urgency =
                        crate::triage::Urgency::from_name(vars.get("urgency").and_then(Value::as_str).unwrap_or(""));
                    let due = crate::handover::sla::deadline(urgency, now, &self.sla);
                    tx.schedule(super::scheduler::SLA_CHECK, handover_id, due, now).await?;
                    self.notify_worker_callback(content, tx, w, handover_id, now).await?;
                    found.insert("booked".into(), json!(true));
                } else {
                    found.insert("booked".into(), json!(false));
                }
            }
            HandoverAction::Match => {
                let (ranked, booked) = rank(&dir, tx, lang, wijk.as_deref(), &domains, &exclude, now).await?;
                let Some(case_id) = tx.latest_case(conversation_id).await? else {
                    found.insert("worker".into(), Value::Null);
                    return Ok(found);
                };
                let urgency = vars.get("urgency").and_then(Value::as_str).unwrap_or("normal");
                let Some(best) = ranked.first() else {
                    // Nobody fits: the coordinator sees it as unassigned.
                    let new = NewHandover { case_id, worker_id: None, wijk: wijk.as_deref(), urgency, reasons: &[] };
                    let id = tx.create_handover(&new, now).await?;
                    self.notify_coordinator(content, tx, &dir, id, now).await?;
                    found.insert("worker".into(), Value::Null);
                    found.insert("handover_id".into(), json!(id));
                    return Ok(found);
                };
                let w = best.worker;
                let empty = std::collections::HashSet::new();
                let free = slots::free_slots(w, now, BOOKING_DAYS, booked.get(&w.id).unwrap_or(&empty), OFFERED);
                let new = NewHandover {
                    case_id,
                    worker_id: Some(&w.id),
                    wijk: wijk.as_deref(),
                    urgency,
                    reasons: &best.reasons,
                };
                let id = tx.create_handover(&new, now).await?;
                // Acute: the on-duty coordinator knows at once, not after an SLA.
                if urgency == "acute" {
                    self.notify_coordinator_text(
                        content,
                        tx,
                        &dir,
                        id,
                        "coordinator-acute",
                        &[("worker", w.first_name().to_string())],
                        now,
                    )
                    .await?;
                }
                tracing::info!(handover = id, worker = %w.id, reasons = ?best.reasons, "matched");
                // A language we have no name for (a worker who also speaks French) shows as its code.
                let languages: Vec<String> = w
                    .languages
                    .iter()
                    .map(|l| {
                        let id = format!("language-{l}");
                        if content.texts.has(lang, &id) || content.texts.has(crate::i18n::SOURCE_LANG, &id) {
                            content.texts.render(lang, &id, &[])
                        } else {
                            l.to_uppercase()
                        }
                    })
                    .collect();
                found.insert("worker".into(), json!(w.id));
                found.insert("worker_name".into(), json!(w.first_name()));
                found.insert("worker_org".into(), json!(w.organisation));
                found.insert("worker_languages".into(), json!(languages.join(", ")));
                found.insert("worker_intro".into(), json!(localized(&w.intro, lang)));
                found.insert("handover_id".into(), json!(id));
                found.insert("offered_times".into(), time_buttons(&content.texts, lang, &free));
            }
            HandoverAction::Book => {
                let worker_id = vars.get("worker").and_then(Value::as_str).unwrap_or("");
                let handover_id = vars.get("handover_id").and_then(Value::as_i64).unwrap_or(0);
                let picked: Option<DateTime<Utc>> =
                    vars.get("picked_time").and_then(Value::as_str).and_then(|s| s.parse().ok());
                let Some(w) = dir.worker(worker_id) else {
                    found.insert("booked".into(), json!(false));
                    return Ok(found);
                };
                let booked_now = tx.booked_times(now).await?;
                let empty = std::collections::HashSet::new();
                let taken = booked_now.get(&w.id).unwrap_or(&empty);
                // The picked time must still be one of the worker's free slots.
                let slot = picked.and_then(|p| {
                    slots::free_slots(w, now, BOOKING_DAYS, taken, usize::MAX).into_iter().find(|s| s.starts_at == p)
                });
                let appointment = match &slot {
                    Some(s) => tx.book(handover_id, s, now).await?,
                    None => None,
                };
                match (appointment, slot) {
                    (Some(_), Some(s)) => {
                        let urgency = vars.get("urgency").and_then(Value::as_str).unwrap_or("normal");
                        self.plan(tx, handover_id, &s, urgency, now).await?;
                        found.insert("booked".into(), json!(true));
                        found.insert("booked_time".into(), json!(s.starts_at.to_rfc3339()));
                        found.insert(
                            "booked_label".into(),
                            json!(slot_label(&content.texts, lang, s.starts_at, s.mode.as_str())),
                        );
                        self.notify_worker(content, tx, w, handover_id, &s, now).await?;
                    }
                    _ => {
                        // Someone else was quicker: offer the next free times.
                        let fresh = tx.booked_times(now).await?;
                        let free = slots::free_slots(w, now, BOOKING_DAYS, fresh.get(&w.id).unwrap_or(&empty), OFFERED);
                        found.insert("booked".into(), json!(false));
                        found.insert("offered_times".into(), time_buttons(&content.texts, lang, &free));
                    }
                }
            }
            HandoverAction::Offers => {
                let mut wanted = domains.clone();
                wanted.extend(strings(vars.get("heard_domains")));
                let mut fitting: Vec<(i64, &crate::directory::Offer)> = dir
                    .offers
                    .iter()
                    .filter(|o| wijk.as_ref().is_none_or(|w| o.wijken.contains(w)))
                    .filter_map(|o| {
                        let shared = o.domains.iter().filter(|d| wanted.contains(d)).count() as i64;
                        let speaks = i64::from(o.languages.iter().any(|l| l == lang));
                        (shared > 0).then_some((shared * 2 + speaks, o))
                    })
                    .collect();
                fitting.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.id.cmp(&b.1.id)));
                let lines: Vec<String> = fitting
                    .iter()
                    .take(3)
                    .map(|(_, o)| {
                        content.texts.render(
                            lang,
                            "offer-line",
                            &[
                                ("name", localized(&o.name, lang).to_string()),
                                ("what", localized(&o.what, lang).to_string()),
                                ("when", localized(&o.when, lang).to_string()),
                                ("where", o.place.clone()),
                                ("contact", o.contact.clone()),
                            ],
                        )
                    })
                    .collect();
                found.insert("offers_text".into(), json!(lines.join("\n")));
            }
            HandoverAction::Mine => {
                let Some(id) = tx.active_handover(conversation_id).await? else {
                    found.insert("handover_id".into(), Value::Null);
                    return Ok(found);
                };
                let case = tx.case_for_handover(id).await?;
                let w = case.as_ref().and_then(|c| c.worker_id.as_deref()).and_then(|w| dir.worker(w));
                let label = case
                    .as_ref()
                    .and_then(|c| c.appointment.as_ref())
                    .map(|(at, mode)| slot_label(&content.texts, lang, *at, mode));
                match (w, label) {
                    (Some(w), Some(label)) => {
                        found.insert("handover_id".into(), json!(id));
                        found.insert("worker".into(), json!(w.id));
                        found.insert("worker_name".into(), json!(w.first_name()));
                        found.insert("booked_label".into(), json!(label));
                    }
                    _ => {
                        found.insert("handover_id".into(), Value::Null);
                    }
                }
            }
            HandoverAction::Cancel | HandoverAction::Release => {
                let id = vars.get("handover_id").and_then(Value::as_i64).unwrap_or(0);
                if let Some(case) = tx.case_for_handover(id).await? {
                    tx.cancel_appointments(id).await?;
                    let state = if action == HandoverAction::Cancel { "cancelled" } else { "proposed" };
                    tx.set_handover_state(id, state, None, now).await?;
                    if let (HandoverAction::Cancel, Some(w)) =
                        (action, case.worker_id.as_deref().and_then(|w| dir.worker(w)))
                    {
                        let wl = worker_lang(content, w);
                        let name = case.answers.get("name").and_then(Value::as_str).unwrap_or("-").to_string();
                        let text = content.texts.render(
                            &wl,
                            "worker-cancelled",
                            &[("number", id.to_string()), ("name", name)],
                        );
                        send_to(tx, &w.contact, &Reply::say(text), now).await?;
                    }
                }
            }
            HandoverAction::Times => {
                let worker_id = vars.get("worker").and_then(Value::as_str).unwrap_or("");
                let empty = std::collections::HashSet::new();
                let booked = tx.booked_times(now).await?;
                let free = dir
                    .worker(worker_id)
                    .map(|w| slots::free_slots(w, now, BOOKING_DAYS, booked.get(&w.id).unwrap_or(&empty), OFFERED))
                    .unwrap_or_default();
                found.insert("offered_times".into(), time_buttons(&content.texts, lang, &free));
            }
        }
        Ok(found)
    }

    /// The handover, in the worker's language, with the whole story.
    pub(super) async fn notify_worker(
        &self,
        content: &Content,
        tx: &mut Tx,
        worker: &Worker,
        handover_id: i64,
        slot: &Slot,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let lang = worker_lang(content, worker);
        let time = slot_label(&content.texts, &lang, slot.starts_at, slot.mode.as_str());
        self.send_handover(content, tx, worker, handover_id, time, now).await
    }

    /// The handover for a resident who asked to be called back.
    pub(super) async fn notify_worker_callback(
        &self,
        content: &Content,
        tx: &mut Tx,
        worker: &Worker,
        handover_id: i64,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let lang = worker_lang(content, worker);
        let time = content.texts.render(&lang, "worker-callback", &[]);
        self.send_handover(content, tx, worker, handover_id, time, now).await
    }

    async fn send_handover(
        &self,
        content: &Content,
        tx: &mut Tx,
        worker: &Worker,
        handover_id: i64,
        time: String,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let Some(case) = tx.case_for_handover(handover_id).await? else { return Ok(()) };
        let lang = worker_lang(content, worker);
        let t = &content.texts;
        let domains: Vec<String> = case.domains.iter().map(|d| t.render(&lang, &format!("domain-{d}"), &[])).collect();
        let mut text = t.render(
            &lang,
            "worker-handover",
            &[
                ("number", handover_id.to_string()),
                ("name", case.answers.get("name").and_then(Value::as_str).unwrap_or("-").to_string()),
                ("language", t.render(&lang, &format!("language-{}", case.lang), &[])),
                ("domains", if domains.is_empty() { "-".to_string() } else { domains.join(", ") }),
                ("urgency", t.render(&lang, &format!("urgency-{}", case.urgency), &[])),
                ("time", time),
            ],
        );
        for words in &case.own_words {
            text.push('\n');
            text.push_str(&t.render(
                &lang,
                "worker-own-words",
                &[
                    ("language", t.render(&lang, &format!("language-{}", words.lang), &[])),
                    ("words", words.text.clone()),
                ],
            ));
        }
        for line in engine::describe_answers(&content.script, t, &lang, &case.answers) {
            text.push('\n');
            text.push_str(&line);
        }
        let reply = Reply {
            text,
            buttons: vec![
                Button { value: format!("accept:{handover_id}"), label: t.render(&lang, "worker-accept", &[]) },
                Button { value: format!("decline:{handover_id}"), label: t.render(&lang, "worker-decline", &[]) },
                Button { value: format!("propose:{handover_id}"), label: t.render(&lang, "worker-propose", &[]) },
            ],
            numbered: true,
        };
        send_to(tx, &worker.contact, &reply, now).await?;
        self.send_case_files(content, tx, worker, handover_id, case.case_id, now).await?;
        let dir = self.directory();
        let args = [("number", handover_id.to_string()), ("worker", worker.first_name().to_string())];
        self.notify_team(content, tx, &dir, handover_id, "team-new", &args, now).await
    }

    pub(super) async fn notify_coordinator(
        &self,
        content: &Content,
        tx: &mut Tx,
        dir: &Directory,
        handover_id: i64,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.notify_coordinator_text(
            content,
            tx,
            dir,
            handover_id,
            "coordinator-unassigned",
            &[("number", handover_id.to_string())],
            now,
        )
        .await
    }

    /// A message about a handover to the on-duty coordinator, in their first
    /// language, and the same in the team room of the handover's wijk.
    #[allow(clippy::too_many_arguments)]
    pub(super) async fn notify_coordinator_text(
        &self,
        content: &Content,
        tx: &mut Tx,
        dir: &Directory,
        handover_id: i64,
        id: &str,
        args: &[(&str, String)],
        now: DateTime<Utc>,
    ) -> Result<()> {
        if let Some(c) = dir.on_duty() {
            let lang = c.languages.first().cloned().unwrap_or_else(|| "nl".into());
            send_to(tx, &c.contact, &Reply::say(content.texts.render(&lang, id, args)), now).await?;
        }
        self.notify_team(content, tx, dir, handover_id, id, args, now).await
    }

    /// A line in the team room of the handover's wijk, if it has one, in the
    /// first language of that wijk's coordinators. Only what the texts say:
    /// numbers, subjects and the worker, never the resident's name or story
    /// (a room has more readers than the case needs).
    #[allow(clippy::too_many_arguments)]
    pub(super) async fn notify_team(
        &self,
        content: &Content,
        tx: &mut Tx,
        dir: &Directory,
        handover_id: i64,
        id: &str,
        args: &[(&str, String)],
        now: DateTime<Utc>,
    ) -> Result<()> {
        let Some(wijk) = tx.handover_wijk(handover_id).await?.and_then(|w| dir.wijken.iter().find(|x| x.id == w))
        else {
            return Ok(());
        };
        let Some(room) = &wijk.team_room else { return Ok(()) };
        let lang = dir
            .coordinators
            .iter()
            .find(|c| c.wijken.contains(&wijk.id))
            .and_then(|c| c.languages.first().cloned())
            .unwrap_or_else(|| crate::i18n::SOURCE_LANG.into());
        let text = format!("[{}] {}", wijk.name, content.texts.render(&lang, id, args));
        send_to(tx, room, &Reply::say(text), now).await?;
        Ok(())
    }

    /// Give a case whose worker dropped out to the next match who is free at
    /// the same time, or to the coordinator as unassigned. Returns what the
    /// resident is told.
    pub(super) async fn reassign(
        &self,
        content: &Content,
        tx: &mut Tx,
        dir: &Directory,
        case: &crate::store::handover::HandoverCase,
        without: &str,
        now: DateTime<Utc>,
    ) -> Result<Reply> {
        let t = &content.texts;
        let wijk = case
            .answers
            .get("postcode")
            .and_then(|v| v.as_str())
            .and_then(|p| dir.wijk_for_postcode(p))
            .map(|w| w.id.clone());
        let (ranked, booked) =
            rank(dir, tx, &case.lang, wijk.as_deref(), &case.domains, &[without.to_string()], now).await?;
        let empty = std::collections::HashSet::new();
        let takeover = case.appointment.as_ref().and_then(|(at, _)| {
            ranked.iter().find_map(|r| {
                slots::free_slots(r.worker, now, BOOKING_DAYS, booked.get(&r.worker.id).unwrap_or(&empty), usize::MAX)
                    .into_iter()
                    .find(|s| s.starts_at == *at)
                    .map(|s| (r, s))
            })
        });
        let text = match takeover {
            Some((next, slot)) => {
                let new = NewHandover {
                    case_id: case.case_id,
                    worker_id: Some(&next.worker.id),
                    wijk: wijk.as_deref(),
                    urgency: &case.urgency,
                    reasons: &next.reasons,
                };
                let id = tx.create_handover(&new, now).await?;
                if tx.book(id, &slot, now).await?.is_some() {
                    self.plan(tx, id, &slot, &case.urgency, now).await?;
                    self.notify_worker(content, tx, next.worker, id, &slot, now).await?;
                }
                t.render(
                    &case.lang,
                    "resident-reassigned",
                    &[
                        ("worker", next.worker.first_name().to_string()),
                        ("organisation", next.worker.organisation.clone()),
                        ("time", slot_label(t, &case.lang, slot.starts_at, slot.mode.as_str())),
                    ],
                )
            }
            None => {
                let new = NewHandover {
                    case_id: case.case_id,
                    worker_id: None,
                    wijk: wijk.as_deref(),
                    urgency: &case.urgency,
                    reasons: &[],
                };
                let id = tx.create_handover(&new, now).await?;
                self.notify_coordinator(content, tx, dir, id, now).await?;
                t.render(&case.lang, "resident-reassign-pending", &[])
            }
        };
        Ok(Reply::say(text))
    }
}
