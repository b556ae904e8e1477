//! A second opinion on safety that generalises over wording: naive Bayes over
//! character n-grams and words, trained on the labelled sets in
//! `tests/triage/` and shipped as a text file (`dialogs/triage/safety-model.tsv`).
//!
//! Why: word lists catch what someone wrote down; residents describe danger
//! in words nobody listed ("he checks my phone and I may only go out with his
//! sister"). On a set written blind, the lexicons alone found 63% of the
//! people at risk; with this model beside them 95% (README, Numbers).
//! The model only ever adds safety, never removes it: the lexicons stay the
//! floor.
//!
//! Explainable: a conclusion names the words that weighed most, and the file
//! is counts a reader can check ("how often did this piece of text appear in
//! messages about someone at risk, and in the others"). Nothing is downloaded:
//! `luisterloket triage --train` makes the file from the labelled sets, and
//! picks the threshold by cross-validation over those files.

use super::domain_model::NEVER;
use super::eval::Labelled;
use crate::script::{Diagnostic, Source};
use std::collections::HashMap;
use std::fmt::Write;

/// The shipped model's file name in `dialogs/triage/`.
pub const FILE_NAME: &str = "safety-model.tsv";

/// Features seen fewer times than this in training are left out of the file:
/// they are mostly names and typos, and make the file large.
const MIN_COUNT: u32 = 2;

/// The pieces of a message the model weighs: the words (`w:`), neighbouring
/// word pairs (`b:`), and 3 to 5 letter pieces of each word (`_` marks the
/// word's edge), all on the folded text (no case, no accents). Pieces of
/// words carry meaning across inflections and typos ("slaat", "sloeg",
/// "geslagen" share "sla"/"sl"). Sorted, each once: a score is the same sum
/// in the same order on every run (training is reproducible to the digit).
pub fn features(text: &str) -> Vec<String> {
    let folded = crate::text::fold(text);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let mut out = Vec::new();
    for w in &words {
        word_features(w, &mut out);
    }
    for pair in words.windows(2) {
        out.push(format!("b:{}_{}", pair[0], pair[1]));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// One folded word's features: the word itself and its 3-5 letter pieces.
fn word_features(w: &str, out: &mut Vec<String>) {
    out.push(format!("w:{w}"));
    let padded: Vec<char> = format!("_{w}_").chars().collect();
    for n in 3..=5 {
        for piece in padded.windows(n) {
            out.push(piece.iter().collect());
        }
    }
}

/// The words and word pairs of a message that weigh most towards yes, for
/// evidence a person can read: a word weighs what its own features (the
/// word and its pieces) weigh together, so "afgesloten" shows, not "fges".
pub fn heaviest_words(text: &str, weight: impl Fn(&str) -> Option<f64>, n: usize) -> Vec<String> {
    let folded = crate::text::fold(text);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let mut weighed: Vec<(f64, String)> = Vec::new();
    let mut features = Vec::new();
    for w in &words {
        features.clear();
        word_features(w, &mut features);
        features.sort_unstable();
        features.dedup();
        weighed.push((features.iter().filter_map(|f| weight(f)).sum(), w.to_string()));
    }
    for pair in words.windows(2) {
        if let Some(x) = weight(&format!("b:{}_{}", pair[0], pair[1])) {
            weighed.push((x, format!("{} {}", pair[0], pair[1])));
        }
    }
    weighed.retain(|(x, _)| *x > 0.0);
    weighed.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let mut out: Vec<String> = Vec::new();
    for (_, w) in weighed {
        if out.len() == n {
            break;
        }
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

/// Counts from labelled messages: per feature, in how many messages about
/// someone at risk it appeared, and in how many others.
#[derive(Debug, Clone, Default)]
pub struct Counts {
    pub at_risk: u32,
    pub others: u32,
    features: HashMap<String, (u32, u32)>,
}

impl Counts {
    pub fn learn(rows: &[Labelled]) -> Counts {
        let mut c = Counts::default();
        for r in rows {
            if r.safety {
                c.at_risk += 1
            } else {
                c.others += 1
            }
            for f in features(&r.text) {
                let e = c.features.entry(f).or_default();
                if r.safety { e.0 += 1 } else { e.1 += 1 }
            }
        }
        c.features.retain(|_, (a, b)| *a + *b >= MIN_COUNT);
        c
    }

    /// The model these counts make, with `threshold`.
    pub fn model(&self, threshold: f64) -> SafetyModel {
        let (p, n) = (self.at_risk as f64 + 1.0, self.others as f64 + 1.0);
        let weights = self
            .features
            .iter()
            .map(|(f, &(a, b))| (f.clone(), ((a as f64 + 0.5) / p).ln() - ((b as f64 + 0.5) / n).ln()))
            .collect();
        SafetyModel { threshold, weights }
    }

    /// The model file: a header a reader understands, then one line per feature.
    pub fn to_tsv(&self, threshold: f64, made_from: &[String]) -> String {
        let mut out = String::new();
        out.push_str("# luisterloket safety model: naive Bayes over words, word pairs and 3-5 letter pieces.\n");
        out.push_str("# Made by `luisterloket triage --train` from:\n");
        for f in made_from {
            let _ = writeln!(out, "#   {f}");
        }
        out.push_str("# Do not edit the counts by hand: add labelled messages and train again.\n");
        out.push_str("# Lines: feature <TAB> messages about someone at risk with it <TAB> other messages with it.\n");
        let _ = writeln!(out, "threshold\t{threshold:.1}");
        let _ = writeln!(out, "messages\t{}\t{}", self.at_risk, self.others);
        let mut rows: Vec<_> = self.features.iter().collect();
        rows.sort();
        for (f, (a, b)) in rows {
            let _ = writeln!(out, "{f}\t{a}\t{b}");
        }
        out
    }

    /// Read a model file; problems name the line.
    pub fn parse(src: &Source) -> Result<(Counts, f64), Vec<Diagnostic>> {
        let mut counts = Counts::default();
        let mut threshold = None;
        let mut problems = Vec::new();
        let fix = "train it again: luisterloket triage --train dialogs/triage FILES (the sets its header names)";
        for (i, line) in src.text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let num = |s: &str| s.trim().parse::<u32>().ok();
            match cols.as_slice() {
                ["threshold", t] => threshold = t.trim().parse::<f64>().ok(),
                ["messages", a, b] => match (num(a), num(b)) {
                    (Some(a), Some(b)) => (counts.at_risk, counts.others) = (a, b),
                    _ => problems.push(Diagnostic::new(&src.path, i + 1, "bad message counts", fix)),
                },
                [f, a, b] => match (num(a), num(b)) {
                    (Some(a), Some(b)) => {
                        counts.features.insert(f.to_string(), (a, b));
                    }
                    _ => problems.push(Diagnostic::new(&src.path, i + 1, format!("bad counts for '{f}'"), fix)),
                },
                _ => problems.push(Diagnostic::new(&src.path, i + 1, "expected: feature, count, count (tabs)", fix)),
            }
        }
        let Some(threshold) = threshold else {
            problems.push(Diagnostic::new(&src.path, 0, "the model has no 'threshold' line", fix));
            return Err(problems);
        };
        if counts.at_risk == 0 || counts.others == 0 {
            problems.push(Diagnostic::new(&src.path, 0, "the model has no 'messages' counts", fix));
        }
        if problems.is_empty() { Ok((counts, threshold)) } else { Err(problems) }
    }
}

/// What the model concluded about one message.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// Log-odds that someone is at risk, summed over the message's features.
    pub score: f64,
    pub at_risk: bool,
    /// The words and word pairs that weighed most towards "at risk".
    pub evidence: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct SafetyModel {
    pub threshold: f64,
    weights: HashMap<String, f64>,
}

impl SafetyModel {
    pub fn load(src: &Source) -> Result<SafetyModel, Vec<Diagnostic>> {
        let (counts, threshold) = Counts::parse(src)?;
        Ok(counts.model(threshold))
    }

    pub fn score(&self, text: &str) -> f64 {
        features(text).iter().filter_map(|f| self.weights.get(f)).sum()
    }

    pub fn judge(&self, text: &str) -> Verdict {
        let score = self.score(text);
        let at_risk = score >= self.threshold;
        // Evidence only where there is a conclusion to explain: most
        // messages are not about someone at risk, and this runs on each one.
        let evidence = if at_risk { heaviest_words(text, |f| self.weights.get(f).copied(), 4) } else { Vec::new() };
        Verdict { score, at_risk, evidence }
    }
}

/// The lowest threshold at which "lexicons or model" keeps `precision` on
/// these rows, given each row's model score and whether the lexicons alone
/// flagged it: every threshold above it keeps the precision too, more
/// recall below it would cost precision.
pub fn threshold_for(scores: &[(f64, bool, bool)], precision: f64) -> f64 {
    let mut candidates: Vec<f64> = scores.iter().map(|s| s.0).collect();
    candidates.sort_by(|a, b| b.total_cmp(a));
    let mut best = candidates.first().copied().unwrap_or(0.0) + 1.0;
    for t in candidates {
        let (mut tp, mut fp) = (0u32, 0u32);
        for &(score, lexicon, truth) in scores {
            if score >= t || lexicon {
                if truth { tp += 1 } else { fp += 1 }
            }
        }
        if tp + fp > 0 && tp as f64 / (tp + fp) as f64 >= precision {
            best = t;
        } else {
            break;
        }
    }
    best
}

/// Precision the threshold must keep on each held-out file during training:
/// above the 0.8, so that a new set of messages still gets at least that.
pub const TARGET_PRECISION: f64 = 0.85;

/// Thresholds tried for the domain model's second opinion on safety (its
/// probability); [`NEVER`] leaves it out.
const SECOND_OPINION: [f64; 11] = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, NEVER];

/// What training chose: the safety model file, the report, and the domain
/// model's safety threshold.
pub struct Trained {
    pub file: String,
    pub report: String,
    pub second_opinion: f64,
}

/// Train on labelled sets (name, rows): leave each set out once, train on
/// the others and score the set left out. `second` holds, per set and
/// message, the domain model's safety probability from the same kind of
/// fold. Both thresholds are chosen together over all the left-out messages:
/// the pair that finds the most people at risk while "lexicons, or this
/// model, or the domain model" keeps [`TARGET_PRECISION`]. Each file's own
/// lowest threshold is printed too.
pub fn train(triage: &mut super::Triage, sets: &[(String, Vec<Labelled>)], second: &[Vec<f64>]) -> Trained {
    triage.set_model(None);
    // Per set, per message: (this model's score, the lexicons' flag, the
    // truth, the domain model's probability), each from a fold that did not
    // see the set.
    let scored: Vec<Vec<Held>> = sets
        .iter()
        .enumerate()
        .map(|(i, (_, rows))| {
            let others: Vec<Labelled> =
                sets.iter().enumerate().filter(|(j, _)| *j != i).flat_map(|(_, s)| s.1.clone()).collect();
            let model = Counts::learn(&others).model(0.0);
            rows.iter()
                .zip(&second[i])
                .map(|(r, &p)| Held {
                    score: model.score(&r.text),
                    lexicons: triage.assess(&r.text, None, None).safety,
                    truth: r.safety,
                    second: p,
                })
                .collect()
        })
        .collect();
    // Both thresholds over every held-out message together, not per file: a
    // file has 5 to 135 people at risk, so its own threshold jumps (26 to 520
    // over the training sets) when one message moves; pooled, the precision
    // target holds over all the messages no fold trained on.
    let all: Vec<Held> = scored.concat();
    let (threshold, second_opinion, _) = choose(&all, TARGET_PRECISION);
    let mut report = String::new();
    let _ = writeln!(report, "cross-validation: each file left out once, the models trained on the others");
    let _ =
        writeln!(report, "{:<36} {:>9}  {:>17}  {:>17}", "held out", "own thr.", "lexicons R / P", "with models R / P");
    for ((name, _), held) in sets.iter().zip(&scored) {
        let own = threshold_for(&flagged_before(held, second_opinion), TARGET_PRECISION);
        let (lr, lp) = rates(held, f64::INFINITY, NEVER);
        let (mr, mp) = rates(held, threshold, second_opinion);
        let _ = writeln!(report, "{name:<36} {own:>9.1}  {lr:>8.3} / {lp:.3}  {mr:>8.3} / {mp:.3}");
    }
    let (r, p) = rates(&all, threshold, second_opinion);
    let _ = writeln!(
        report,
        "threshold: {threshold:.1}, domain model's safety threshold: {second_opinion:.2} (chosen together over all \
         held-out files: recall {r:.3}, precision {p:.3}; 'with models' columns use them)"
    );
    // What other precision targets would have bought, so that the choice of
    // target is made from numbers rather than guessed.
    for target in [0.78, 0.80, 0.82, 0.85, 0.88] {
        let (t, s, (r, p)) = choose(&all, target);
        let _ = writeln!(
            report,
            "at precision {target:.2}: threshold {t:.1}, domain model {s:.2}: recall {r:.3}, precision {p:.3}"
        );
    }
    let alone = threshold_for(&flagged_before(&all, NEVER), TARGET_PRECISION);
    let (r, p) = rates(&all, alone, NEVER);
    let _ =
        writeln!(report, "without the domain model's opinion: threshold {alone:.1}, recall {r:.3}, precision {p:.3}");
    let rows: Vec<Labelled> = sets.iter().flat_map(|s| s.1.clone()).collect();
    let counts = Counts::learn(&rows);
    let names: Vec<String> = sets.iter().map(|s| format!("{} ({} messages)", s.0, s.1.len())).collect();
    let _ = writeln!(report, "features kept: {}", counts.features.len());
    Trained { file: counts.to_tsv(threshold, &names), report, second_opinion }
}

/// The pair of thresholds (this model's, the domain model's) that finds the
/// most people at risk among the held-out messages while keeping `target`
/// precision, with the recall and precision it reaches. Without such a pair
/// the model alone decides.
fn choose(all: &[Held], target: f64) -> (f64, f64, (f64, f64)) {
    let mut best: Option<(f64, f64, (f64, f64))> = None;
    for second_opinion in SECOND_OPINION {
        let threshold = threshold_for(&flagged_before(all, second_opinion), target);
        let (recall, precision) = rates(all, threshold, second_opinion);
        let better = best.is_none_or(|(_, _, (r, p))| (recall, precision) > (r, p));
        if precision >= target && better {
            best = Some((threshold, second_opinion, (recall, precision)));
        }
    }
    best.unwrap_or_else(|| {
        let threshold = threshold_for(&flagged_before(all, NEVER), target);
        (threshold, NEVER, rates(all, threshold, NEVER))
    })
}

/// One held-out message during training.
#[derive(Debug, Clone, Copy)]
struct Held {
    score: f64,
    lexicons: bool,
    truth: bool,
    /// The domain model's probability that someone is at risk.
    second: f64,
}

/// For [`threshold_for`]: each message's score, whether it is flagged without
/// this model (lexicons, or the domain model from `second_opinion`), the truth.
fn flagged_before(held: &[Held], second_opinion: f64) -> Vec<(f64, bool, bool)> {
    held.iter().map(|h| (h.score, h.lexicons || h.second >= second_opinion, h.truth)).collect()
}

/// Recall and precision of "lexicons, or this model from `threshold`, or
/// the domain model from `second_opinion`".
fn rates(held: &[Held], threshold: f64, second_opinion: f64) -> (f64, f64) {
    let flagged = |h: &Held| h.lexicons || h.score >= threshold || h.second >= second_opinion;
    let tp = held.iter().filter(|h| flagged(h) && h.truth).count() as f64;
    let fp = held.iter().filter(|h| flagged(h) && !h.truth).count() as f64;
    let at_risk = held.iter().filter(|h| h.truth).count() as f64;
    (tp / at_risk.max(1.0), if tp + fp == 0.0 { 1.0 } else { tp / (tp + fp) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(text: &str, safety: bool) -> Labelled {
        Labelled {
            lang: "en".into(),
            text: text.into(),
            domains: Vec::new(),
            urgency: super::super::Urgency::Normal,
            safety,
        }
    }

    #[test]
    fn features_are_words_pairs_and_pieces_folded() {
        let f = features("Hé, SLAAT");
        assert!(f.contains(&"w:he".to_string()) && f.contains(&"b:he_slaat".to_string()), "{f:?}");
        assert!(f.contains(&"_sla".to_string()) && f.contains(&"aat_".to_string()), "{f:?}");
        assert_eq!(features("slaat slaat").iter().filter(|x| *x == "w:slaat").count(), 1);
    }

    #[test]
    fn learns_which_words_mean_risk_and_explains_with_them() {
        let rows = [
            row("he hits me every night", true),
            row("he hits me when he drinks", true),
            row("my landlord does not fix the heating", false),
            row("the heating is broken again", false),
        ];
        let model = Counts::learn(&rows).model(0.0);
        let risky = model.judge("he hits me");
        assert!(risky.at_risk && risky.evidence.iter().any(|e| e.contains("hits")), "{risky:?}");
        assert!(!model.judge("the heating is broken").at_risk);
    }

    #[test]
    fn file_round_trips_and_threshold_keeps_precision() {
        let rows = [
            row("he hits me", true),
            row("he hits me", true),
            row("heating broken", false),
            row("heating broken", false),
        ];
        let counts = Counts::learn(&rows);
        let src = Source { path: "m.tsv".into(), text: counts.to_tsv(12.5, &["x.jsonl".into()]) };
        let (back, threshold) = Counts::parse(&src).unwrap();
        assert_eq!((back.at_risk, back.others, threshold), (2, 2, 12.5));
        // scores (model, lexicons flagged, truth): below 3.0 a false alarm comes in.
        let scored = [(5.0, false, true), (3.0, false, true), (2.0, false, false), (1.0, true, true)];
        assert_eq!(threshold_for(&scored, 0.9), 3.0);
    }
}
