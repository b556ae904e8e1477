//! Scoring triage against a labelled set (`luisterloket triage --eval FILE`):
//! precision, recall and F1 per domain, safety recall and precision, urgency
//! and language accuracy, overall and per language.

use super::{Triage, Urgency};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Deserialize)]
pub struct Labelled {
    pub lang: String,
    pub text: String,
    pub domains: Vec<String>,
    pub urgency: Urgency,
    pub safety: bool,
}

/// Parse JSON lines; errors name the line.
pub fn parse_jsonl(text: &str) -> Result<Vec<Labelled>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| format!("line {}: {e}", i + 1)))
        .collect()
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub tp: u32,
    pub fp: u32,
    pub fn_: u32,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 { 1.0 } else { self.tp as f64 / (self.tp + self.fp) as f64 }
    }
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 { 1.0 } else { self.tp as f64 / (self.tp + self.fn_) as f64 }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
    pub fn add(&mut self, predicted: bool, actual: bool) {
        match (predicted, actual) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            _ => {}
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub n: u32,
    pub domains: BTreeMap<String, Counts>,
    pub micro: Counts,
    pub safety: Counts,
    pub urgency_correct: u32,
    pub language_correct: u32,
}

impl Scores {
    pub fn urgency_accuracy(&self) -> f64 {
        self.urgency_correct as f64 / self.n.max(1) as f64
    }
    pub fn language_accuracy(&self) -> f64 {
        self.language_correct as f64 / self.n.max(1) as f64
    }
}

#[derive(Debug, Clone, Default)]
pub struct Report {
    pub all: Scores,
    pub per_language: BTreeMap<String, Scores>,
    /// One line per wrongly assessed message, for the person tuning a lexicon.
    pub mistakes: Vec<String>,
}

pub fn evaluate(triage: &Triage, rows: &[Labelled]) -> Report {
    let mut report = Report::default();
    for row in rows {
        // As a resident's first message: language detected, no hint.
        let a = triage.assess(&row.text, None, None);
        let predicted: Vec<&str> = a.domains.iter().map(|d| d.id.as_str()).collect();
        for scores in [&mut report.all, report.per_language.entry(row.lang.clone()).or_default()] {
            scores.n += 1;
            for d in super::lexicon::DOMAINS {
                let (p, t) = (predicted.contains(&d), row.domains.iter().any(|x| x == d));
                scores.domains.entry(d.to_string()).or_default().add(p, t);
                scores.micro.add(p, t);
            }
            scores.safety.add(a.safety, row.safety);
            scores.urgency_correct += u32::from(a.urgency == row.urgency);
            scores.language_correct += u32::from(a.language == row.lang);
        }
        let mut expected: Vec<&str> = row.domains.iter().map(String::as_str).collect();
        expected.sort();
        let mut got = predicted.clone();
        got.sort();
        if got != expected || a.urgency != row.urgency || a.safety != row.safety || a.language != row.lang {
            report.mistakes.push(format!(
                "[{}→{}] domains {:?} (want {:?}), urgency {} (want {}), safety {} (want {}): {}",
                row.lang,
                a.language,
                got,
                expected,
                a.urgency.as_str(),
                row.urgency.as_str(),
                a.safety,
                row.safety,
                row.text
            ));
        }
    }
    report
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let a = &self.all;
        writeln!(f, "{} messages", a.n)?;
        writeln!(f, "{:<14} {:>9} {:>9} {:>9} {:>6}", "domain", "precision", "recall", "F1", "count")?;
        for (d, c) in &a.domains {
            writeln!(f, "{:<14} {:>9.3} {:>9.3} {:>9.3} {:>6}", d, c.precision(), c.recall(), c.f1(), c.tp + c.fn_)?;
        }
        writeln!(f, "{:<14} {:>9.3} {:>9.3} {:>9.3}", "micro", a.micro.precision(), a.micro.recall(), a.micro.f1())?;
        writeln!(f)?;
        writeln!(
            f,
            "{:<6} {:>5} {:>9} {:>14} {:>16} {:>9} {:>9}",
            "lang", "n", "domain F1", "safety recall", "safety precision", "urgency", "language"
        )?;
        let mut rows: Vec<(&str, &Scores)> = self.per_language.iter().map(|(l, s)| (l.as_str(), s)).collect();
        rows.push(("all", a));
        for (l, s) in rows {
            writeln!(
                f,
                "{:<6} {:>5} {:>9.3} {:>14.3} {:>16.3} {:>9.3} {:>9.3}",
                l,
                s.n,
                s.micro.f1(),
                s.safety.recall(),
                s.safety.precision(),
                s.urgency_accuracy(),
                s.language_accuracy()
            )?;
        }
        Ok(())
    }
}
