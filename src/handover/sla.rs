//! How long a booked handover may wait for the worker's yes, counted in
//! working time where the rule says so (Monday to Friday, 09:00-17:00 in
//! Amsterdam). Pure: `now` comes in.

use super::slots::{TIME_ZONE, local_to_utc};
use crate::triage::Urgency;
use chrono::{DateTime, Datelike, Duration, NaiveTime, Utc, Weekday};

/// `[sla]` in luisterloket.toml; every field optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlaSettings {
    /// Acute: minutes, around the clock.
    #[serde(default = "SlaSettings::acute")]
    pub acute_minutes: i64,
    /// Soon: working hours.
    #[serde(default = "SlaSettings::soon")]
    pub soon_working_hours: i64,
    /// Normal: working days.
    #[serde(default = "SlaSettings::normal")]
    pub normal_working_days: i64,
}

impl SlaSettings {
    fn acute() -> i64 {
        30
    }
    fn soon() -> i64 {
        4
    }
    fn normal() -> i64 {
        1
    }
}

impl Default for SlaSettings {
    fn default() -> Self {
        SlaSettings { acute_minutes: 30, soon_working_hours: 4, normal_working_days: 1 }
    }
}

const DAY_START: u32 = 9;
const DAY_END: u32 = 17;

fn is_working_day(w: Weekday) -> bool {
    !matches!(w, Weekday::Sat | Weekday::Sun)
}

/// `from` plus `minutes` of working time (Mon-Fri 09:00-17:00 Amsterdam).
pub fn add_working_minutes(from: DateTime<Utc>, minutes: i64) -> DateTime<Utc> {
    let mut left = minutes;
    let mut t = from;
    for _ in 0..400 {
        let local = t.with_timezone(&TIME_ZONE);
        let day = local.date_naive();
        let open = local_to_utc(day, NaiveTime::from_hms_opt(DAY_START, 0, 0).unwrap()).unwrap_or(t);
        let close = local_to_utc(day, NaiveTime::from_hms_opt(DAY_END, 0, 0).unwrap()).unwrap_or(t);
        if !is_working_day(local.weekday()) || t >= close {
            // jump to the next day's opening
            let next = day.succ_opt().unwrap_or(day);
            t = local_to_utc(next, NaiveTime::from_hms_opt(DAY_START, 0, 0).unwrap()).unwrap_or(t + Duration::days(1));
            continue;
        }
        if t < open {
            t = open;
        }
        let room = (close - t).num_minutes();
        if left <= room {
            return t + Duration::minutes(left);
        }
        left -= room;
        t = close;
    }
    t
}

/// When a handover booked at `booked_at` must have been accepted.
pub fn deadline(urgency: Urgency, booked_at: DateTime<Utc>, sla: &SlaSettings) -> DateTime<Utc> {
    match urgency {
        Urgency::Acute => booked_at + Duration::minutes(sla.acute_minutes),
        Urgency::Soon => add_working_minutes(booked_at, sla.soon_working_hours * 60),
        Urgency::Normal => add_working_minutes(booked_at, sla.normal_working_days * (DAY_END - DAY_START) as i64 * 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn settings_come_from_the_config_file() {
        let s: SlaSettings = toml::from_str("acute_minutes = 15").unwrap();
        assert_eq!(s, SlaSettings { acute_minutes: 15, ..SlaSettings::default() });
        assert!(toml::from_str::<SlaSettings>("acute = 15").is_err(), "a typo is an error, not a silent default");
    }

    #[test]
    fn working_time_skips_nights_and_weekends() {
        let sla = SlaSettings::default();
        // Friday 27 Nov 2026 15:00 local (14:00 UTC) + 4 working hours = Monday 11:00 local (10:00 UTC)
        assert_eq!(deadline(Urgency::Soon, utc("2026-11-27T14:00:00Z"), &sla), utc("2026-11-30T10:00:00Z"));
        // Saturday night + 1 working day = Monday 17:00 local
        assert_eq!(deadline(Urgency::Normal, utc("2026-11-28T22:00:00Z"), &sla), utc("2026-11-30T16:00:00Z"));
        // acute counts around the clock
        assert_eq!(deadline(Urgency::Acute, utc("2026-11-28T22:00:00Z"), &sla), utc("2026-11-28T22:30:00Z"));
        // across the spring DST change: Friday 26 March 2027 16:00 local (15:00 UTC) + 4h = Monday 12:00 CEST (10:00 UTC)
        assert_eq!(deadline(Urgency::Soon, utc("2027-03-26T15:00:00Z"), &sla), utc("2027-03-29T10:00:00Z"));
    }
}
