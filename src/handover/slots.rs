//! Free times of a worker, from their weekly hours, in Europe/Amsterdam local
//! time and correct across daylight-saving changes. Pure: `now` and the
//! booked times are passed in.

use crate::directory::{Mode, Worker};
use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use std::collections::HashSet;

pub const TIME_ZONE: Tz = chrono_tz::Europe::Amsterdam;
/// No appointment sooner than this: the worker must be able to see it coming.
pub const MIN_NOTICE: Duration = Duration::hours(1);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub worker: String,
    pub starts_at: DateTime<Utc>,
    pub minutes: u32,
    pub mode: Mode,
    pub place: Option<String>,
}

/// The worker's free slots from `now` on, for `days` days, earliest first.
pub fn free_slots(
    worker: &Worker,
    now: DateTime<Utc>,
    days: u32,
    booked: &HashSet<DateTime<Utc>>,
    limit: usize,
) -> Vec<Slot> {
    let today = now.with_timezone(&TIME_ZONE).date_naive();
    let mut out = Vec::new();
    for offset in 0..days {
        let Some(day) = today.checked_add_days(chrono::Days::new(offset as u64)) else { break };
        if worker.is_away(day) {
            continue;
        }
        for hours in worker.hours.iter().filter(|h| h.day.weekday() == day.weekday()) {
            let Some((from, to)) = hours.times() else { continue };
            let step = Duration::minutes(hours.slot_minutes as i64);
            let mut t = from;
            while t + step <= to {
                if let Some(starts_at) = local_to_utc(day, t)
                    && starts_at >= now + MIN_NOTICE
                    && !booked.contains(&starts_at)
                {
                    out.push(Slot {
                        worker: worker.id.clone(),
                        starts_at,
                        minutes: hours.slot_minutes,
                        mode: hours.mode,
                        place: hours.place.clone(),
                    });
                }
                t += step;
            }
        }
    }
    out.sort_by_key(|s| s.starts_at);
    out.truncate(limit);
    out
}

/// A wall-clock time in Amsterdam as UTC. A time that does not exist (the
/// hour skipped in spring) has no slot; one that exists twice (autumn) is the first.
pub fn local_to_utc(day: NaiveDate, time: chrono::NaiveTime) -> Option<DateTime<Utc>> {
    match TIME_ZONE.from_local_datetime(&day.and_time(time)) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Some(first.with_timezone(&Utc)),
        LocalResult::None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::{Away, Contact, Day, Hours};

    fn worker(day: Day, from: &str, to: &str) -> Worker {
        Worker {
            id: "w".into(),
            name: "Fatima El Amrani".into(),
            organisation: "Trefpunt".into(),
            intro: [("nl".to_string(), "Ik ben Fatima.".to_string())].into(),
            languages: vec!["nl".into(), "ar".into()],
            domains: vec!["money".into()],
            wijken: vec!["x".into()],
            contact: Contact { channel: "console".into(), id: "fatima".into() },
            capacity_per_week: 5,
            hours: vec![Hours {
                day,
                from: from.into(),
                to: to.into(),
                slot_minutes: 60,
                mode: Mode::Call,
                place: None,
            }],
            away: Vec::new(),
        }
    }

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn slots_are_local_time_across_the_dst_change() {
        // Sunday 25 October 2026 clocks go back: Monday 26 Oct 09:00 is UTC+1.
        let w = worker(Day::Mon, "09:00", "11:00");
        let slots = free_slots(&w, utc("2026-10-22T12:00:00Z"), 7, &HashSet::new(), 10);
        let starts: Vec<_> = slots.iter().map(|s| s.starts_at).collect();
        assert_eq!(starts, [utc("2026-10-26T08:00:00Z"), utc("2026-10-26T09:00:00Z")]);
        // The Monday before, still summer time (UTC+2).
        let slots = free_slots(&w, utc("2026-10-15T12:00:00Z"), 5, &HashSet::new(), 10);
        assert_eq!(slots[0].starts_at, utc("2026-10-19T07:00:00Z"));
    }

    #[test]
    fn no_slot_in_the_past_within_an_hour_booked_or_on_leave() {
        let mut w = worker(Day::Mon, "09:00", "12:00");
        // Monday 30 Nov 2026, 08:30 local (07:30 UTC): 09:00 is within the hour.
        let now = utc("2026-11-30T07:30:00Z");
        let booked: HashSet<_> = [utc("2026-11-30T09:00:00Z")].into();
        let starts: Vec<_> = free_slots(&w, now, 1, &booked, 10).iter().map(|s| s.starts_at).collect();
        assert_eq!(starts, [utc("2026-11-30T10:00:00Z")]);
        w.away.push(Away {
            from: "2026-11-30".parse().unwrap(),
            to: "2026-12-06".parse().unwrap(),
            reason: "leave".into(),
        });
        let next = free_slots(&w, now, 14, &HashSet::new(), 1);
        assert_eq!(next[0].starts_at, utc("2026-12-07T08:00:00Z"));
    }

    #[test]
    fn the_skipped_spring_hour_has_no_slot() {
        // 29 March 2026 02:00-03:00 does not exist in Amsterdam.
        let day: NaiveDate = "2026-03-29".parse().unwrap();
        assert_eq!(local_to_utc(day, chrono::NaiveTime::from_hms_opt(2, 30, 0).unwrap()), None);
        assert!(local_to_utc(day, chrono::NaiveTime::from_hms_opt(3, 30, 0).unwrap()).is_some());
    }
}
