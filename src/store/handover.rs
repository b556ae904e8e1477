//! Storage of the directory, handovers and appointments.

use super::{Store, Tx, ts};
use crate::directory::{Coordinator, Directory, Offer, Wijk, Worker};
use crate::handover::slots::Slot;
use anyhow::Result;
use chrono::{DateTime, Utc};
use sqlx::Row;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, serde::Serialize)]
pub struct HandoverRow {
    pub id: i64,
    pub case_id: i64,
    pub worker_id: Option<String>,
    pub state: String,
    pub wijk: Option<String>,
    pub urgency: String,
    pub match_reasons: serde_json::Value,
    pub decline_reason: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub booked_at: Option<String>,
    pub accepted_at: Option<String>,
    pub declined_at: Option<String>,
    pub escalated_at: Option<String>,
    pub closed_at: Option<String>,
    pub appointment: Option<String>,
}

/// What an import changed.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ImportSummary {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Entries no longer in the file: kept, marked inactive (history stays).
    pub deactivated: usize,
}

const HANDOVER_COLUMNS: &str = "h.id, h.case_id, h.worker_id, h.state, h.wijk, h.urgency, h.match_reasons, h.decline_reason, \
     h.created_at, h.updated_at, h.booked_at, h.accepted_at, h.declined_at, h.escalated_at, h.closed_at, \
     (SELECT a.starts_at FROM appointments a WHERE a.handover_id = h.id AND a.status = 'booked' ORDER BY a.id DESC LIMIT 1) AS appointment";

fn handover_row(r: &sqlx::any::AnyRow) -> Result<HandoverRow> {
    let reasons: String = r.try_get("match_reasons")?;
    Ok(HandoverRow {
        id: r.try_get("id")?,
        case_id: r.try_get("case_id")?,
        worker_id: r.try_get("worker_id")?,
        state: r.try_get("state")?,
        wijk: r.try_get("wijk")?,
        urgency: r.try_get("urgency")?,
        match_reasons: serde_json::from_str(&reasons)?,
        decline_reason: r.try_get("decline_reason")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        booked_at: r.try_get("booked_at")?,
        accepted_at: r.try_get("accepted_at")?,
        declined_at: r.try_get("declined_at")?,
        escalated_at: r.try_get("escalated_at")?,
        closed_at: r.try_get("closed_at")?,
        appointment: r.try_get("appointment")?,
    })
}

impl Store {
    /// The active directory as imported.
    pub async fn directory(&self) -> Result<Directory> {
        let rows = sqlx::query("SELECT kind, data FROM directory_entries WHERE active = 1 ORDER BY kind, id")
            .fetch_all(&self.pool)
            .await?;
        let mut dir = Directory::default();
        for r in rows {
            let kind: String = r.try_get("kind")?;
            let data: String = r.try_get("data")?;
            match kind.as_str() {
                "wijk" => dir.wijken.push(serde_json::from_str::<Wijk>(&data)?),
                "coordinator" => dir.coordinators.push(serde_json::from_str::<Coordinator>(&data)?),
                "worker" => dir.workers.push(serde_json::from_str::<Worker>(&data)?),
                "offer" => dir.offers.push(serde_json::from_str::<Offer>(&data)?),
                _ => {}
            }
        }
        Ok(dir)
    }

    /// Import a checked directory: add new entries, update changed ones, and
    /// mark the ones no longer listed inactive. One transaction.
    pub async fn import_directory(&self, dir: &Directory, source: &str, now: DateTime<Utc>) -> Result<ImportSummary> {
        let mut entries: Vec<(&str, String, String)> = Vec::new();
        entries.extend(dir.wijken.iter().map(|x| ("wijk", x.id.clone(), serde_json::to_string(x).unwrap_or_default())));
        entries.extend(
            dir.coordinators
                .iter()
                .map(|x| ("coordinator", x.id.clone(), serde_json::to_string(x).unwrap_or_default())),
        );
        entries
            .extend(dir.workers.iter().map(|x| ("worker", x.id.clone(), serde_json::to_string(x).unwrap_or_default())));
        entries
            .extend(dir.offers.iter().map(|x| ("offer", x.id.clone(), serde_json::to_string(x).unwrap_or_default())));
        let mut tx = self.pool.begin().await?;
        let existing: HashMap<(String, String), (String, i64)> =
            sqlx::query("SELECT kind, id, data, active FROM directory_entries")
                .fetch_all(&mut *tx)
                .await?
                .iter()
                .map(|r| Ok(((r.try_get("kind")?, r.try_get("id")?), (r.try_get("data")?, r.try_get("active")?))))
                .collect::<Result<_>>()?;
        let mut summary = ImportSummary::default();
        let mut seen = HashSet::new();
        for (kind, id, data) in &entries {
            seen.insert((kind.to_string(), id.clone()));
            match existing.get(&(kind.to_string(), id.clone())) {
                Some((old, 1)) if old == data => summary.unchanged += 1,
                Some(_) => {
                    sqlx::query("UPDATE directory_entries SET data = $1, active = 1, imported_at = $2 WHERE kind = $3 AND id = $4")
                        .bind(data.as_str())
                        .bind(ts(now))
                        .bind(*kind)
                        .bind(id.as_str())
                        .execute(&mut *tx)
                        .await?;
                    summary.updated += 1;
                }
                None => {
                    sqlx::query("INSERT INTO directory_entries (kind, id, data, active, imported_at) VALUES ($1, $2, $3, 1, $4)")
                        .bind(*kind)
                        .bind(id.as_str())
                        .bind(data.as_str())
                        .bind(ts(now))
                        .execute(&mut *tx)
                        .await?;
                    summary.added += 1;
                }
            }
        }
        for ((kind, id), (_, active)) in &existing {
            if *active == 1 && !seen.contains(&(kind.clone(), id.clone())) {
                sqlx::query("UPDATE directory_entries SET active = 0, imported_at = $1 WHERE kind = $2 AND id = $3")
                    .bind(ts(now))
                    .bind(kind.as_str())
                    .bind(id.as_str())
                    .execute(&mut *tx)
                    .await?;
                summary.deactivated += 1;
            }
        }
        sqlx::query("INSERT INTO directory_imports (source, summary, imported_at) VALUES ($1, $2, $3)")
            .bind(source)
            .bind(serde_json::to_string(&summary)?)
            .bind(ts(now))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(summary)
    }

    pub async fn handovers(&self, state: Option<&str>, wijk: Option<&str>) -> Result<Vec<HandoverRow>> {
        let sql = format!(
            "SELECT {HANDOVER_COLUMNS} FROM handovers h WHERE ($1 = '' OR h.state = $2) AND ($3 = '' OR h.wijk = $4) ORDER BY h.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(state.unwrap_or(""))
            .bind(state.unwrap_or(""))
            .bind(wijk.unwrap_or(""))
            .bind(wijk.unwrap_or(""))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(handover_row).collect()
    }
}

/// What a worker needs to know of the case behind a handover.
pub struct HandoverCase {
    pub case_id: i64,
    pub channel: String,
    pub user_key: String,
    pub lang: String,
    pub urgency: String,
    pub domains: Vec<String>,
    pub answers: std::collections::BTreeMap<String, serde_json::Value>,
    pub own_words: Vec<crate::engine::OwnWords>,
    pub worker_id: Option<String>,
    pub state: String,
    pub appointment: Option<(DateTime<Utc>, String)>,
}

/// What a new handover is made of.
pub struct NewHandover<'a> {
    pub case_id: i64,
    /// The matched worker; None when nobody fits.
    pub worker_id: Option<&'a str>,
    pub wijk: Option<&'a str>,
    pub urgency: &'a str,
    /// Why this worker (shown to the coordinator).
    pub reasons: &'a [String],
}

/// A piece of timed work that is due.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub handover_id: i64,
}

impl Store {
    /// Jobs due at `now`, oldest first.
    pub async fn due_jobs(&self, now: DateTime<Utc>, limit: i64) -> Result<Vec<Job>> {
        let rows = sqlx::query(
            "SELECT id, kind, handover_id FROM jobs WHERE done_at IS NULL AND due_at <= $1 ORDER BY due_at, id LIMIT $2",
        )
        .bind(ts(now))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| Ok(Job { id: r.try_get("id")?, kind: r.try_get("kind")?, handover_id: r.try_get("handover_id")? }))
            .collect()
    }
}

impl Tx {
    pub async fn schedule(
        &mut self,
        kind: &str,
        handover_id: i64,
        due_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        sqlx::query("INSERT INTO jobs (kind, handover_id, due_at, created_at) VALUES ($1, $2, $3, $4)")
            .bind(kind)
            .bind(handover_id)
            .bind(ts(due_at))
            .bind(ts(now))
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Claim a job: true for exactly one caller, also with several bot instances.
    pub async fn claim_job(&mut self, id: i64, now: DateTime<Utc>) -> Result<bool> {
        let n = sqlx::query("UPDATE jobs SET done_at = $1 WHERE id = $2 AND done_at IS NULL")
            .bind(ts(now))
            .bind(id)
            .execute(&mut *self.tx)
            .await?
            .rows_affected();
        Ok(n == 1)
    }

    pub async fn set_outcome(&mut self, id: i64, outcome: &str, now: DateTime<Utc>) -> Result<()> {
        sqlx::query(
            "UPDATE handovers SET outcome = $1, state = 'closed', closed_at = $2, updated_at = $3 WHERE id = $4",
        )
        .bind(outcome)
        .bind(ts(now))
        .bind(ts(now))
        .bind(id)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    pub async fn set_feedback(&mut self, id: i64, feedback: &str, now: DateTime<Utc>) -> Result<()> {
        sqlx::query("UPDATE handovers SET resident_feedback = $1, updated_at = $2 WHERE id = $3")
            .bind(feedback)
            .bind(ts(now))
            .bind(id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// A typed number as the value of that button of the newest message with
    /// buttons sent to this person ("2" is the second); None otherwise.
    pub async fn numbered_button(&mut self, channel: &str, user_key: &str, text: &str) -> Result<Option<String>> {
        let Ok(n) = text.trim().parse::<usize>() else { return Ok(None) };
        let buttons = self.last_buttons(channel, user_key).await?;
        Ok(n.checked_sub(1).and_then(|i| buttons.get(i)).map(|b| b.value.clone()))
    }

    /// The buttons of the newest message with buttons sent to someone.
    pub async fn last_buttons(&mut self, channel: &str, user_key: &str) -> Result<Vec<crate::engine::Button>> {
        let rows =
            sqlx::query("SELECT body FROM outbox WHERE channel = $1 AND user_key = $2 ORDER BY id DESC LIMIT 20")
                .bind(channel)
                .bind(user_key)
                .fetch_all(&mut *self.tx)
                .await?;
        for r in rows {
            let body: String = r.try_get("body")?;
            if let Ok(reply) = serde_json::from_str::<crate::engine::Reply>(&body)
                && !reply.buttons.is_empty()
            {
                return Ok(reply.buttons);
            }
        }
        Ok(Vec::new())
    }

    /// The wijk a handover belongs to, when the resident's postcode told it.
    pub async fn handover_wijk(&mut self, handover_id: i64) -> Result<Option<String>> {
        let row = sqlx::query("SELECT wijk FROM handovers WHERE id = $1")
            .bind(handover_id)
            .fetch_optional(&mut *self.tx)
            .await?;
        Ok(match row {
            Some(r) => r.try_get("wijk")?,
            None => None,
        })
    }

    pub async fn case_for_handover(&mut self, handover_id: i64) -> Result<Option<HandoverCase>> {
        let row = sqlx::query(
            "SELECT c.id, c.channel, c.user_key, c.lang, h.urgency, c.domains, c.answers, c.own_words, h.worker_id, h.state, \
             (SELECT a.starts_at FROM appointments a WHERE a.handover_id = h.id AND a.status = 'booked' ORDER BY a.id DESC LIMIT 1) AS starts_at, \
             (SELECT a.mode FROM appointments a WHERE a.handover_id = h.id AND a.status = 'booked' ORDER BY a.id DESC LIMIT 1) AS mode \
             FROM handovers h JOIN cases c ON c.id = h.case_id WHERE h.id = $1",
        )
        .bind(handover_id)
        .fetch_optional(&mut *self.tx)
        .await?;
        let Some(r) = row else { return Ok(None) };
        let text = |c: &str| -> Result<String> { Ok(r.try_get::<String, _>(c)?) };
        let starts: Option<String> = r.try_get("starts_at")?;
        let mode: Option<String> = r.try_get("mode")?;
        Ok(Some(HandoverCase {
            case_id: r.try_get("id")?,
            channel: text("channel")?,
            user_key: text("user_key")?,
            lang: text("lang")?,
            urgency: text("urgency")?,
            domains: serde_json::from_str(&text("domains")?)?,
            answers: serde_json::from_str(&text("answers")?)?,
            own_words: serde_json::from_str(&text("own_words")?)?,
            worker_id: r.try_get("worker_id")?,
            state: text("state")?,
            appointment: match (starts, mode) {
                (Some(s), Some(m)) => Some((s.parse()?, m)),
                _ => None,
            },
        }))
    }

    /// Move a handover on in its life cycle, stamping the time of the new state.
    pub async fn set_handover_state(
        &mut self,
        id: i64,
        state: &str,
        reason: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let sql = match state {
            "accepted" => {
                "UPDATE handovers SET state = $1, accepted_at = $2, updated_at = $3, decline_reason = COALESCE($4, decline_reason) WHERE id = $5"
            }
            "declined" => {
                "UPDATE handovers SET state = $1, declined_at = $2, updated_at = $3, decline_reason = COALESCE($4, decline_reason) WHERE id = $5"
            }
            "escalated" => {
                "UPDATE handovers SET state = $1, escalated_at = $2, updated_at = $3, decline_reason = COALESCE($4, decline_reason) WHERE id = $5"
            }
            "closed" => {
                "UPDATE handovers SET state = $1, closed_at = $2, updated_at = $3, decline_reason = COALESCE($4, decline_reason) WHERE id = $5"
            }
            _ => {
                "UPDATE handovers SET state = $1, updated_at = $2, booked_at = COALESCE(booked_at, $3), decline_reason = COALESCE($4, decline_reason) WHERE id = $5"
            }
        };
        sqlx::query(sql).bind(state).bind(ts(now)).bind(ts(now)).bind(reason).bind(id).execute(&mut *self.tx).await?;
        Ok(())
    }

    /// Free the booked time of a handover (declined, cancelled, moved).
    pub async fn cancel_appointments(&mut self, handover_id: i64) -> Result<()> {
        sqlx::query("UPDATE appointments SET status = 'cancelled' WHERE handover_id = $1 AND status = 'booked'")
            .bind(handover_id)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// The newest handover of a conversation that still has an appointment coming.
    pub async fn active_handover(&mut self, conversation_id: i64) -> Result<Option<i64>> {
        let row = sqlx::query(
            "SELECT h.id FROM handovers h JOIN cases c ON c.id = h.case_id \
             WHERE c.conversation_id = $1 AND h.state IN ('proposed', 'booked', 'accepted') ORDER BY h.id DESC LIMIT 1",
        )
        .bind(conversation_id)
        .fetch_optional(&mut *self.tx)
        .await?;
        Ok(row.map(|r| r.try_get("id")).transpose()?)
    }

    /// The newest case of a conversation.
    pub async fn latest_case(&mut self, conversation_id: i64) -> Result<Option<i64>> {
        let row = sqlx::query("SELECT id FROM cases WHERE conversation_id = $1 ORDER BY id DESC LIMIT 1")
            .bind(conversation_id)
            .fetch_optional(&mut *self.tx)
            .await?;
        Ok(row.map(|r| r.try_get("id")).transpose()?)
    }

    /// Booked start times per worker from `from` on.
    pub async fn booked_times(&mut self, from: DateTime<Utc>) -> Result<HashMap<String, HashSet<DateTime<Utc>>>> {
        let rows =
            sqlx::query("SELECT worker_id, starts_at FROM appointments WHERE status = 'booked' AND starts_at >= $1")
                .bind(ts(from))
                .fetch_all(&mut *self.tx)
                .await?;
        let mut out: HashMap<String, HashSet<DateTime<Utc>>> = HashMap::new();
        for r in rows {
            let starts: String = r.try_get("starts_at")?;
            out.entry(r.try_get("worker_id")?).or_default().insert(starts.parse()?);
        }
        Ok(out)
    }

    /// Handovers given to each worker since `from` (their load this week).
    pub async fn loads(&mut self, from: DateTime<Utc>) -> Result<HashMap<String, u32>> {
        let rows = sqlx::query(
            "SELECT worker_id, COUNT(*) AS n FROM handovers WHERE worker_id IS NOT NULL AND created_at >= $1 \
             AND state <> 'declined' GROUP BY worker_id",
        )
        .bind(ts(from))
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(|r| Ok((r.try_get("worker_id")?, r.try_get::<i64, _>("n")? as u32))).collect()
    }

    /// A new handover: `proposed` to its worker, or `unassigned` (nobody
    /// fits; the coordinator sees it).
    pub async fn create_handover(&mut self, new: &NewHandover<'_>, now: DateTime<Utc>) -> Result<i64> {
        let state = if new.worker_id.is_some() { "proposed" } else { "unassigned" };
        let row = sqlx::query(
            "INSERT INTO handovers (case_id, worker_id, state, wijk, urgency, match_reasons, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(new.case_id)
        .bind(new.worker_id)
        .bind(state)
        .bind(new.wijk)
        .bind(new.urgency)
        .bind(serde_json::to_string(new.reasons)?)
        .bind(ts(now))
        .bind(ts(now))
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(row.try_get("id")?)
    }

    /// Book a slot for a handover: Some(appointment id), or None when someone
    /// else got it first (the unique index decides, whatever the timing).
    pub async fn book(&mut self, handover_id: i64, slot: &Slot, now: DateTime<Utc>) -> Result<Option<i64>> {
        let row = sqlx::query(
            "INSERT INTO appointments (handover_id, worker_id, starts_at, minutes, mode, place, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'booked', $7) ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(handover_id)
        .bind(slot.worker.as_str())
        .bind(ts(slot.starts_at))
        .bind(slot.minutes as i64)
        .bind(slot.mode.as_str())
        .bind(slot.place.as_deref())
        .bind(ts(now))
        .fetch_optional(&mut *self.tx)
        .await?;
        let Some(row) = row else { return Ok(None) };
        sqlx::query("UPDATE handovers SET state = 'booked', booked_at = $1, updated_at = $2 WHERE id = $3")
            .bind(ts(now))
            .bind(ts(now))
            .bind(handover_id)
            .execute(&mut *self.tx)
            .await?;
        Ok(Some(row.try_get("id")?))
    }
}
