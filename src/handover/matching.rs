//! Which worker should take a case: ranked, and every rank explained.
//!
//! A shared language weighs most (a resident who writes Arabic gets an
//! Arabic-speaking worker when there is one), then the wijk, the case's
//! domains, room in the worker's week, and how soon they are free.

use super::slots::Slot;
use crate::directory::{Directory, Worker};
use chrono::{DateTime, Utc};

/// What matching needs to know of a case.
#[derive(Debug, Clone)]
pub struct Need<'a> {
    pub lang: &'a str,
    pub wijk: Option<&'a str>,
    pub domains: &'a [String],
}

#[derive(Debug, Clone)]
pub struct Ranked<'d> {
    pub worker: &'d Worker,
    pub score: i64,
    /// Plain reasons, for the coordinator and the log (no personal data).
    pub reasons: Vec<String>,
    pub first_slot: Option<DateTime<Utc>>,
}

/// Rank the workers who could take this case, best first. `load(id)` is how
/// many handovers the worker got this week; `first_slot(worker)` their
/// earliest free time. Workers at capacity or without any free time are left out.
pub fn rank<'d>(
    dir: &'d Directory,
    need: &Need,
    now: DateTime<Utc>,
    load: &dyn Fn(&str) -> u32,
    first_slot: &dyn Fn(&Worker) -> Option<Slot>,
) -> Vec<Ranked<'d>> {
    let mut out = Vec::new();
    for w in &dir.workers {
        let mut score = 0i64;
        let mut reasons = Vec::new();
        if let Some(wijk) = need.wijk {
            if w.wijken.iter().any(|x| x == wijk) {
                score += 40;
                reasons.push(format!("works in {wijk}"));
            } else {
                score -= 60;
                reasons.push(format!("not in {wijk}"));
            }
        }
        if w.languages.iter().any(|l| l == need.lang) {
            score += 100;
            reasons.push(format!("speaks {}", need.lang));
        } else if need.lang != "nl" {
            reasons.push(format!("does not speak {}", need.lang));
        }
        let shared: Vec<&str> = need.domains.iter().filter(|d| w.domains.contains(d)).map(String::as_str).collect();
        score += 25 * shared.len() as i64;
        if !shared.is_empty() {
            reasons.push(format!("knows {}", shared.join(", ")));
        }
        let used = load(&w.id);
        if used >= w.capacity_per_week {
            continue;
        }
        score += 2 * (w.capacity_per_week - used) as i64;
        reasons.push(format!("{} of {} places free this week", w.capacity_per_week - used, w.capacity_per_week));
        let Some(slot) = first_slot(w) else { continue };
        let hours = (slot.starts_at - now).num_hours().max(0);
        // Sooner is better, but a day's wait does not outweigh a shared language.
        score -= hours / 6;
        reasons.push(format!("first free in {hours} h"));
        out.push(Ranked { worker: w, score, reasons, first_slot: Some(slot.starts_at) });
    }
    out.sort_by(|a, b| b.score.cmp(&a.score).then(a.first_slot.cmp(&b.first_slot)).then(a.worker.id.cmp(&b.worker.id)));
    out
}
