//! The neighbourhood directory: wijken and their postcodes, the workers who
//! take handovers (languages, domains, weekly hours, leave, capacity), the
//! coordinators, and the local offer. Read from `directory/*.yaml`, checked
//! with `file:line` diagnostics. Pure data: scheduling lives in `handover`.

use crate::script::diagnostic::LineFinder;
use crate::script::{Diagnostic, Source};
use chrono::{NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Text in several languages; `nl` is required and the fallback.
pub type Localized = BTreeMap<String, String>;

pub fn localized<'a>(text: &'a Localized, lang: &str) -> &'a str {
    text.get(lang).or_else(|| text.get("nl")).map(String::as_str).unwrap_or("")
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Directory {
    #[serde(default)]
    pub wijken: Vec<Wijk>,
    #[serde(default)]
    pub coordinators: Vec<Coordinator>,
    #[serde(default)]
    pub workers: Vec<Worker>,
    #[serde(default)]
    pub offers: Vec<Offer>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wijk {
    pub id: String,
    pub name: String,
    /// Four-digit postcode areas ("3072") or full postcodes ("3072 AB").
    pub postcodes: Vec<String>,
    /// Where the wijk's team sees new, escalated, acute and unassigned
    /// handovers: a room the bot is in (Matrix: `!room:server`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_room: Option<Contact>,
}

/// Where someone receives messages: a channel and their identity on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub channel: String,
    pub id: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coordinator {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    pub wijken: Vec<String>,
    pub languages: Vec<String>,
    pub contact: Contact,
    #[serde(default)]
    pub on_duty: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Call,
    HomeVisit,
    WalkIn,
    Chat,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Call => "call",
            Mode::HomeVisit => "home_visit",
            Mode::WalkIn => "walk_in",
            Mode::Chat => "chat",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    pub day: Day,
    pub from: String,
    pub to: String,
    pub slot_minutes: u32,
    pub mode: Mode,
    #[serde(default)]
    pub place: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Day {
    pub fn weekday(self) -> Weekday {
        match self {
            Day::Mon => Weekday::Mon,
            Day::Tue => Weekday::Tue,
            Day::Wed => Weekday::Wed,
            Day::Thu => Weekday::Thu,
            Day::Fri => Weekday::Fri,
            Day::Sat => Weekday::Sat,
            Day::Sun => Weekday::Sun,
        }
    }
}

impl Hours {
    pub fn times(&self) -> Option<(NaiveTime, NaiveTime)> {
        let f = NaiveTime::parse_from_str(&self.from, "%H:%M").ok()?;
        let t = NaiveTime::parse_from_str(&self.to, "%H:%M").ok()?;
        (f < t).then_some((f, t))
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Away {
    pub from: NaiveDate,
    pub to: NaiveDate,
    #[serde(default)]
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Worker {
    pub id: String,
    pub name: String,
    pub organisation: String,
    pub intro: Localized,
    pub languages: Vec<String>,
    pub domains: Vec<String>,
    pub wijken: Vec<String>,
    pub contact: Contact,
    pub capacity_per_week: u32,
    pub hours: Vec<Hours>,
    #[serde(default)]
    pub away: Vec<Away>,
}

impl Worker {
    pub fn first_name(&self) -> &str {
        self.name.split_whitespace().next().unwrap_or(&self.name)
    }

    pub fn is_away(&self, day: NaiveDate) -> bool {
        self.away.iter().any(|a| a.from <= day && day <= a.to)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    pub id: String,
    pub name: Localized,
    pub what: Localized,
    pub for_whom: Localized,
    pub domains: Vec<String>,
    pub languages: Vec<String>,
    pub when: Localized,
    #[serde(rename = "where")]
    pub place: String,
    pub contact: String,
    pub wijken: Vec<String>,
}

impl Directory {
    /// The wijk a postcode belongs to (the longest matching prefix wins).
    pub fn wijk_for_postcode(&self, postcode: &str) -> Option<&Wijk> {
        let pc: String = postcode.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
        self.wijken
            .iter()
            .filter_map(|w| {
                w.postcodes
                    .iter()
                    .map(|p| p.replace(' ', "").to_uppercase())
                    .filter(|p| pc.starts_with(p.as_str()))
                    .map(|p| p.len())
                    .max()
                    .map(|len| (len, w))
            })
            .max_by_key(|(len, _)| *len)
            .map(|(_, w)| w)
    }

    pub fn worker(&self, id: &str) -> Option<&Worker> {
        self.workers.iter().find(|w| w.id == id)
    }

    pub fn on_duty(&self) -> Option<&Coordinator> {
        self.coordinators.iter().find(|c| c.on_duty)
    }
}

const DOMAINS: [&str; 10] = crate::triage::lexicon::DOMAINS;

/// Read every `*.yaml` in a folder (several files are merged: one per wijk is fine).
pub fn read_dir(dir: &Path) -> Result<Vec<Source>, Diagnostic> {
    crate::script::read_optional_dir(dir)
}

/// Parse and check directory files; every problem with file and line.
pub fn load(sources: &[Source], languages: &[String]) -> Result<Directory, Vec<Diagnostic>> {
    let mut dir = Directory::default();
    let mut problems = Vec::new();
    let mut where_is: Vec<(String, &Source)> = Vec::new();
    for src in sources {
        match serde_norway::from_str::<Directory>(&src.text) {
            Ok(d) => {
                for w in &d.workers {
                    where_is.push((w.id.clone(), src));
                }
                for o in &d.offers {
                    where_is.push((o.id.clone(), src));
                }
                for c in &d.coordinators {
                    where_is.push((c.id.clone(), src));
                }
                for w in &d.wijken {
                    where_is.push((w.id.clone(), src));
                }
                dir.wijken.extend(d.wijken);
                dir.coordinators.extend(d.coordinators);
                dir.workers.extend(d.workers);
                dir.offers.extend(d.offers);
            }
            Err(e) => {
                let msg = e.to_string();
                problems.push(Diagnostic::new(
                    &src.path,
                    e.location().map(|l| l.line()).unwrap_or(0),
                    msg.split(" at line ").next().unwrap_or(&msg).to_string(),
                    "fix the YAML here (see the directory format in the README)",
                ));
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let at = |id: &str| -> (std::path::PathBuf, usize) {
        match where_is.iter().find(|(i, _)| i == id) {
            Some((_, src)) => (src.path.clone(), LineFinder::new(&src.text).key_value("id", id, 1).unwrap_or(0)),
            None => (Default::default(), 0),
        }
    };
    let mut report = |id: &str, message: String, fix: &str| {
        let (file, line) = at(id);
        problems.push(Diagnostic::new(&file, line, message, fix));
    };
    let wijk_ids: BTreeSet<&str> = dir.wijken.iter().map(|w| w.id.as_str()).collect();
    let mut ids = BTreeSet::new();
    for id in dir
        .wijken
        .iter()
        .map(|w| &w.id)
        .chain(dir.workers.iter().map(|w| &w.id))
        .chain(dir.offers.iter().map(|o| &o.id))
    {
        if !ids.insert(id.as_str()) {
            report(id, format!("id '{id}' is used twice"), "give each wijk, worker and offer its own id");
        }
    }
    for w in &dir.wijken {
        for p in &w.postcodes {
            let digits: String = p.chars().take(4).collect();
            if digits.len() != 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
                report(
                    &w.id,
                    format!("postcode '{p}' of wijk '{}' is not a Dutch postcode", w.id),
                    "write 4 digits, like \"3072\"",
                );
            }
        }
    }
    for worker in &dir.workers {
        let id = &worker.id;
        if worker.hours.is_empty() {
            report(id, format!("worker '{id}' has no hours"), "add weekly `hours:` so residents can book a time");
        }
        for h in &worker.hours {
            if h.times().is_none() {
                report(
                    id,
                    format!("worker '{id}' has hours {}-{} that are not a time span", h.from, h.to),
                    "write times as HH:MM, `from` before `to`",
                );
            }
            if !(10..=240).contains(&h.slot_minutes) {
                report(id, format!("worker '{id}' has slots of {} minutes", h.slot_minutes), "use 10 to 240 minutes");
            }
        }
        for a in &worker.away {
            if a.to < a.from {
                report(
                    id,
                    format!("worker '{id}' is away from {} to {}: the end is before the start", a.from, a.to),
                    "swap the dates",
                );
            }
        }
        for wk in &worker.wijken {
            if !wijk_ids.contains(wk.as_str()) {
                report(id, format!("worker '{id}' works in unknown wijk '{wk}'"), "use the id of a wijk in `wijken:`");
            }
        }
        for d in &worker.domains {
            if !DOMAINS.contains(&d.as_str()) {
                report(
                    id,
                    format!("worker '{id}' has unknown domain '{d}'"),
                    &format!("use one of: {}", DOMAINS.join(", ")),
                );
            }
        }
        if !worker.intro.contains_key("nl") {
            report(id, format!("worker '{id}' has no Dutch introduction"), "add `intro: {nl: ...}`");
        }
        for lang in languages {
            if !worker.intro.contains_key(lang) {
                report(
                    id,
                    format!("worker '{id}' has no introduction in '{lang}'"),
                    &format!("add `{lang}:` under intro (or it shows in Dutch)"),
                );
            }
        }
        if worker.capacity_per_week == 0 {
            report(
                id,
                format!("worker '{id}' has capacity 0"),
                "set capacity_per_week to the new handovers a week they can take",
            );
        }
    }
    for o in &dir.offers {
        for (field, text) in [("name", &o.name), ("what", &o.what), ("for_whom", &o.for_whom), ("when", &o.when)] {
            if !text.contains_key("nl") {
                report(
                    &o.id,
                    format!("offer '{}' has no Dutch `{field}`", o.id),
                    &format!("add `{field}: {{nl: ...}}`"),
                );
            }
        }
        for wk in &o.wijken {
            if !wijk_ids.contains(wk.as_str()) {
                report(
                    &o.id,
                    format!("offer '{}' is in unknown wijk '{wk}'", o.id),
                    "use the id of a wijk in `wijken:`",
                );
            }
        }
    }
    if !dir.workers.is_empty() && dir.coordinators.iter().filter(|c| c.on_duty).count() != 1 {
        problems.push(Diagnostic::new(
            &sources.first().map(|s| s.path.clone()).unwrap_or_default(),
            0,
            "there must be exactly one coordinator with `on_duty: true`",
            "acute cases and safety alerts go to that person",
        ));
    }
    if problems.is_empty() { Ok(dir) } else { Err(problems) }
}
