//! Domains and urgency learned from the labelled sets: logistic regression
//! over the same words, word pairs and letter pieces as the safety model,
//! plus what the lexicons concluded. Shipped as a text file of weights
//! (`dialogs/triage/domain-model.tsv`), made by `luisterloket triage --train`.
//!
//! Why: the lexicons name what someone wrote down; on sets written blind they
//! found domains with micro-F1 0.78 and urgency 0.75. Residents say "the man
//! with the letter comes on Thursday" and mean a bailiff, a deadline and
//! money. Seeing many labelled messages, the model learns which words go with
//! which need and how soon, and learns when a lexicon term misleads.
//!
//! Rules that keep it predictable:
//! - It decides the domains other than safety, with what the lexicons
//!   concluded as its strongest inputs (in the shipped model `lex:<domain>`
//!   adds 3.4 to 5.6 to the log-odds of its domain), and a domain the
//!   lexicons concluded stays unless the model is below half its threshold
//!   (`LEXICON_KEEPS_FROM`), and always in a message of a sentence or so
//!   (`SHORT_MESSAGE_WORDS`): a term added to a lexicon counts at once, and
//!   one that misleads in context can still be overruled.
//! - A denial ("ik heb geen schulden") is an input (`lex:not:money`); it
//!   stands as a rule only when it is all the lexicons heard.
//! - A greeting or a tap ("hoi", "3"): fewer than three words and no
//!   lexicon domain, and the model adds no domain.
//! - On safety it is only a second opinion beside the safety model: its
//!   probability, with a threshold chosen together with that model's
//!   (`model::train`), can add someone the lexicons and the safety model
//!   missed; it never takes safety away. The runtime's guard acts on it.
//! - It decides urgency, with the lexicons' urgency as one of its inputs, as
//!   the message says it; that a case with someone at risk is acute is the
//!   desk's rule, applied by the engine, not triage's.
//! - Every conclusion it adds names the words that weighed most.

use super::eval::{Counts, Labelled};
use super::{Assessment, DomainScore, Urgency};
use crate::script::{Diagnostic, Source};
use std::collections::HashMap;
use std::fmt::Write;

/// The shipped model's file name in `dialogs/triage/`.
pub const FILE_NAME: &str = "domain-model.tsv";

/// What the model decides, one yes/no question each: nine domains, "acute",
/// "at least soon", and its opinion on safety (last: the guard combines it
/// with the lexicons and the safety model).
pub const LABELS: [&str; 12] = [
    "money",
    "housing",
    "work",
    "health",
    "family",
    "social",
    "paperwork",
    "language",
    "neighbourhood",
    "acute",
    "soon",
    "safety",
];
const ACUTE: usize = 9;
const SOON: usize = 10;
const SAFETY: usize = 11;
/// A safety threshold no probability reaches: the model's opinion on safety
/// is not used (training found it adds nothing at the precision target).
pub const NEVER: f64 = 1.01;
const DOMAIN_LABELS: usize = 9;
type PerLabel = [f64; LABELS.len()];
type Truth = [bool; LABELS.len()];

/// Features seen in fewer training messages than this are left out (names, typos).
const MIN_COUNT: u32 = 3;
/// What the lexicons concluded weighs as much as this many letter pieces:
/// a strong lexicon term is a deliberate choice of a person, one feature
/// among hundreds would drown.
const LEXICON_VALUE: f64 = 3.0;
/// Training: passes over the data, the first step size (AdaGrad) and how
/// hard every weight is pulled towards zero (L2; larger is weaker, as
/// scikit-learn's `C`). Chosen by the cross-validation `--train` prints;
/// fixed so training is reproducible to the digit.
const EPOCHS: usize = 60;
const STEP: f64 = 0.05;
/// Below this many words, a message in which the lexicons heard no domain
/// is a greeting or a tap, not a story: the model adds nothing to it.
const MIN_WORDS: usize = 3;
const C: f64 = 1.0;

/// The features of a message: its words, pairs and pieces, and the lexicons'
/// own conclusion (`lex:<domain>`, `lex:not:<domain>`, `lex:urgency:<u>`,
/// `lex:safety`). The lexicon conclusion must come from the lexicons alone,
/// never from a model.
pub fn features(text: &str, lexicons: &Assessment) -> Vec<String> {
    let mut out = super::model::features(text);
    out.extend(lexicons.domains.iter().map(|d| format!("lex:{}", d.id)));
    out.extend(lexicons.denied.iter().map(|d| format!("lex:not:{d}")));
    out.push(format!("lex:urgency:{}", lexicons.urgency.as_str()));
    // Sorted, so the features do not depend on the order the times stand in.
    let mut when = lexicons.when.clone();
    when.sort_unstable();
    out.extend(when.iter().map(|w| format!("lex:when:{w}")));
    if lexicons.safety {
        out.push("lex:safety".to_string());
    }
    out
}

fn value(feature: &str) -> f64 {
    if feature.starts_with("lex:") { LEXICON_VALUE } else { 1.0 }
}

fn truth(row: &Labelled) -> Truth {
    let mut t = [false; LABELS.len()];
    for (i, label) in LABELS.iter().enumerate().take(DOMAIN_LABELS) {
        t[i] = row.domains.iter().any(|d| d == label);
    }
    t[ACUTE] = row.urgency == Urgency::Acute;
    t[SOON] = row.urgency >= Urgency::Soon;
    t[SAFETY] = row.safety;
    t
}

/// Whether the model may conclude domains for this message at all: not for
/// a greeting or a tap the lexicons heard nothing in, and not against a
/// denial that is all the lexicons heard ("ik heb geen schulden").
fn may_decide_domains(words: usize, lexicons: &Assessment) -> bool {
    let named = lexicons.domains.iter().any(|d| d.id != "safety");
    named || (words >= MIN_WORDS && lexicons.denied.is_empty())
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// Up to this many words a message is one sentence or so ("Ik heb problemen
/// met mijn buren."): a domain the lexicons heard in it stands whatever the
/// model says. The model learned from messages of several sentences; in a
/// short one it has little besides the lexicons' own term to weigh, and
/// its probability says more about the length than about the need.
const SHORT_MESSAGE_WORDS: usize = 8;

/// A domain the lexicons heard in the resident's own words stays unless the
/// model is fairly sure it is wrong (below this share of its threshold):
/// "problemen met mijn buren" is about the neighbours even where "buren"
/// often came with other needs in the training sets.
const LEXICON_KEEPS_FROM: f64 = 0.5;

/// Whether the model concludes a domain: `p` its probability, `threshold`
/// the domain's, `lexicons_said` whether the lexicons heard it, `short`
/// whether the message is short (`SHORT_MESSAGE_WORDS`).
fn concludes(decide: bool, p: f64, threshold: f64, lexicons_said: bool, short: bool) -> bool {
    if lexicons_said && short {
        return decide;
    }
    let bar = if lexicons_said { threshold * LEXICON_KEEPS_FROM } else { threshold };
    decide && p >= bar
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// The domain model's probability that someone is at risk, and whether it
/// reaches its threshold.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SafetyOpinion {
    pub p: f64,
    pub at_risk: bool,
}

#[derive(Debug, Clone)]
pub struct DomainModel {
    /// Per label: the probability from which the model says yes.
    pub thresholds: PerLabel,
    bias: PerLabel,
    weights: HashMap<String, PerLabel>,
}

impl DomainModel {
    /// The probability of yes, per label.
    pub fn probabilities(&self, features: &[String]) -> PerLabel {
        let mut z = self.bias;
        for f in features {
            if let Some(w) = self.weights.get(f) {
                let x = value(f);
                for (z, w) in z.iter_mut().zip(w) {
                    *z += w * x;
                }
            }
        }
        z.map(sigmoid)
    }

    /// Why the model says yes to `label`: its probability and the words that weighed most.
    fn explain(&self, text: &str, label: usize, p: f64) -> String {
        let words = super::model::heaviest_words(text, |f| self.weights.get(f).map(|w| w[label]), 3);
        format!("model {p:.2}: {}", words.join(", "))
    }

    /// Decide the domains (other than safety) and the urgency. `lexicons` is
    /// the lexicons' own assessment (the model's input), `a` the assessment
    /// being built from it. Domains named in the resident's own words keep
    /// the lexicons' order, score and evidence; the ones the model infers
    /// follow, most likely first. Returns the model's opinion on safety,
    /// for the caller to combine with the safety model's.
    pub fn apply(&self, text: &str, lexicons: &Assessment, a: &mut Assessment) -> SafetyOpinion {
        let p = self.probabilities(&features(text, lexicons));
        let words = word_count(text);
        let decide = may_decide_domains(words, lexicons);
        let short = words <= SHORT_MESSAGE_WORDS;
        let keeps = |id: &str| {
            LABELS
                .iter()
                .position(|x| *x == id)
                .is_some_and(|l| concludes(decide, p[l], self.thresholds[l], true, short))
        };
        a.domains.retain(|d| d.id == "safety" || keeps(&d.id));
        let mut inferred: Vec<DomainScore> = Vec::new();
        for (l, label) in LABELS.iter().enumerate().take(DOMAIN_LABELS) {
            if !a.domains.iter().any(|d| d.id == *label) && concludes(decide, p[l], self.thresholds[l], false, short) {
                let evidence = vec![self.explain(text, l, p[l])];
                inferred.push(DomainScore { id: label.to_string(), score: (p[l] * 100.0).round() / 100.0, evidence });
            }
        }
        inferred.sort_by(|x, y| y.score.total_cmp(&x.score));
        // Best first as the CLI promises: an inferred domain scores no
        // higher than the weakest one the resident named.
        let floor = a.domains.iter().map(|d| d.score).fold(1.0, f64::min);
        for d in &mut inferred {
            d.score = d.score.min(floor);
        }
        a.domains.extend(inferred);
        // A crisis term (someone may die now) keeps the message acute: the
        // model learned urgency from labellers who disagree about how urgent
        // a risk is, the definition does not. Other lexicon urgency it may
        // overrule: on held-out sets, keeping every lexicon `acute` lost
        // 0.01 of urgency accuracy (2026-12-03).
        let urgency = self.urgency(&p);
        if urgency != a.urgency && !a.crisis {
            let l = if urgency == Urgency::Acute || a.urgency == Urgency::Acute { ACUTE } else { SOON };
            a.urgency_evidence = vec![format!("{} {}", LABELS[l], self.explain(text, l, p[l]))];
            a.urgency = urgency;
        }
        SafetyOpinion { p: p[SAFETY], at_risk: p[SAFETY] >= self.thresholds[SAFETY] }
    }

    /// Why the model thinks someone is at risk: for the evidence, only when it does.
    pub fn explain_safety(&self, text: &str, opinion: &SafetyOpinion) -> String {
        format!("{} >= {:.2}", self.explain(text, SAFETY, opinion.p), self.thresholds[SAFETY])
    }

    /// The same model with another threshold for safety (training picks it
    /// together with the safety model's).
    pub fn with_safety_threshold(mut self, threshold: f64) -> DomainModel {
        self.thresholds[SAFETY] = threshold;
        self
    }

    fn urgency(&self, p: &PerLabel) -> Urgency {
        if p[ACUTE] >= self.thresholds[ACUTE] {
            Urgency::Acute
        } else if p[SOON] >= self.thresholds[SOON] {
            Urgency::Soon
        } else {
            Urgency::Normal
        }
    }

    /// Read a model file; problems name the line.
    pub fn load(src: &Source) -> Result<DomainModel, Vec<Diagnostic>> {
        let fix = "train it again: luisterloket triage --train dialogs/triage FILES (the sets its header names)";
        let mut problems = Vec::new();
        let mut thresholds = None;
        let mut bias = None;
        let mut weights = HashMap::new();
        let numbers = |cols: &[&str]| -> Option<PerLabel> {
            let mut out = [0.0; LABELS.len()];
            if cols.len() != LABELS.len() {
                return None;
            }
            for (o, c) in out.iter_mut().zip(cols) {
                *o = c.trim().parse::<f64>().ok().filter(|x| x.is_finite())?;
            }
            Some(out)
        };
        for (i, line) in src.text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let (name, rest) = (cols[0], &cols[1..]);
            if name == "labels" {
                if rest != LABELS {
                    let want = LABELS.join(" ");
                    problems.push(Diagnostic::new(&src.path, i + 1, format!("the labels must be: {want}"), fix));
                }
                continue;
            }
            let Some(row) = numbers(rest) else {
                let msg = format!("'{name}' needs {} numbers, separated by tabs", LABELS.len());
                problems.push(Diagnostic::new(&src.path, i + 1, msg, fix));
                continue;
            };
            match name {
                "threshold" => thresholds = Some(row),
                "bias" => bias = Some(row),
                _ => {
                    weights.insert(name.to_string(), row);
                }
            }
        }
        let (Some(thresholds), Some(bias)) = (thresholds, bias) else {
            problems.push(Diagnostic::new(&src.path, 0, "the model needs a 'threshold' and a 'bias' line", fix));
            return Err(problems);
        };
        if problems.is_empty() { Ok(DomainModel { thresholds, bias, weights }) } else { Err(problems) }
    }

    /// The model file: a header a reader understands, then one line per feature.
    fn to_tsv(&self, made_from: &[String]) -> String {
        let mut out = String::new();
        out.push_str("# luisterloket domain and urgency model: logistic regression over words, word pairs,\n");
        out.push_str("# 3-5 letter pieces and the lexicons' conclusion (lex:...).\n");
        out.push_str("# Made by `luisterloket triage --train` from:\n");
        for f in made_from {
            let _ = writeln!(out, "#   {f}");
        }
        out.push_str("# Do not edit by hand: add labelled messages and train again.\n");
        out.push_str("# Lines: feature <TAB> one weight per label (positive: towards yes).\n");
        out.push_str("# 'soon' means at least soon; 'threshold' is the probability from which the model says yes\n");
        out.push_str("# (1.01 for safety: its opinion on safety is not used).\n");
        let row = |name: &str, xs: &PerLabel, digits: usize| {
            let cols: Vec<String> = xs.iter().map(|x| trim_zero(format!("{x:.digits$}"))).collect();
            format!("{name}\t{}\n", cols.join("\t"))
        };
        let _ = writeln!(out, "labels\t{}", LABELS.join("\t"));
        out.push_str(&row("threshold", &self.thresholds, 2));
        out.push_str(&row("bias", &self.bias, 2));
        let mut rows: Vec<_> = self.weights.iter().collect();
        rows.sort_by(|a, b| a.0.cmp(b.0));
        for (f, w) in rows {
            out.push_str(&row(f, w, 2));
        }
        out
    }
}

/// "0.000" and "-0.000" are written "0", so the file stays small and readable.
fn trim_zero(s: String) -> String {
    if s.trim_start_matches('-').chars().all(|c| c == '0' || c == '.') { "0".to_string() } else { s }
}

/// One training message: feature indices with values, and its true labels.
struct Example {
    x: Vec<(usize, f64)>,
    y: Truth,
}

/// Fit one weight vector per label (logistic loss, AdaGrad, L2), in a fixed
/// order: the same data gives the same model on every run.
fn fit<F: AsRef<[String]>>(rows: &[(F, Truth)], thresholds: PerLabel) -> DomainModel {
    let mut seen: HashMap<&str, u32> = HashMap::new();
    for (fs, _) in rows {
        for f in fs.as_ref() {
            *seen.entry(f.as_str()).or_default() += 1;
        }
    }
    let mut names: Vec<&str> = seen.iter().filter(|(_, n)| **n >= MIN_COUNT).map(|(f, _)| *f).collect();
    names.sort_unstable();
    let index: HashMap<&str, usize> = names.iter().enumerate().map(|(i, f)| (*f, i)).collect();
    // The pull towards zero over one pass is the same for every weight,
    // spread over the messages the feature appears in.
    let pull: Vec<f64> = names.iter().map(|f| 1.0 / (C * seen[f] as f64)).collect();
    let examples: Vec<Example> = rows
        .iter()
        .map(|(fs, y)| Example {
            x: fs.as_ref().iter().filter_map(|f| index.get(f.as_str()).map(|&i| (i, value(f)))).collect(),
            y: *y,
        })
        .collect();
    let mut w = vec![[0.0f64; LABELS.len()]; names.len()];
    let mut g2 = vec![[1e-8f64; LABELS.len()]; names.len()];
    let mut bias = [0.0f64; LABELS.len()];
    let mut bias_g2 = [1e-8f64; LABELS.len()];
    // A fixed shuffle (a linear congruential walk), so training does not see
    // one file's messages in a row.
    let n = examples.len();
    let mut order: Vec<usize> = (0..n).collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..EPOCHS {
        for i in (1..n).rev() {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            order.swap(i, (state >> 33) as usize % (i + 1));
        }
        for &e in &order {
            let ex = &examples[e];
            for l in 0..LABELS.len() {
                let z: f64 = bias[l] + ex.x.iter().map(|&(i, v)| w[i][l] * v).sum::<f64>();
                let g = sigmoid(z) - f64::from(u8::from(ex.y[l]));
                bias_g2[l] += g * g;
                bias[l] -= STEP * g / bias_g2[l].sqrt();
                for &(i, v) in &ex.x {
                    let gi = g * v + pull[i] * w[i][l];
                    g2[i][l] += gi * gi;
                    w[i][l] -= STEP * gi / g2[i][l].sqrt();
                }
            }
        }
    }
    // Two decimals are plenty (a weight of 0.004 moves no decision) and keep
    // the file small; weights that round to nothing are left out.
    let round = |x: f64| (x * 100.0).round() / 100.0;
    let weights = names
        .iter()
        .zip(w)
        .map(|(f, w)| (f.to_string(), w.map(round)))
        .filter(|(_, w)| w.iter().any(|x| *x != 0.0))
        .collect();
    DomainModel { thresholds, bias: bias.map(round), weights }
}

/// Probabilities tried as thresholds during training.
const CANDIDATES: [f64; 15] = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

/// One held-out message of the cross-validation: the model's probabilities,
/// the lexicons' domains and urgency, the truth.
struct Scored {
    p: PerLabel,
    /// `may_decide_domains`: false for a greeting or a standing denial.
    decide: bool,
    /// At most `SHORT_MESSAGE_WORDS`: the lexicons' domains stand.
    short: bool,
    lexicon_domains: [bool; DOMAIN_LABELS],
    lexicon_urgency: Urgency,
    truth: Truth,
    urgency: Urgency,
}

/// Domain micro-F1 and urgency accuracy: of the lexicons alone (`t` None)
/// or of the model at thresholds `t`.
fn measure(rows: &[Scored], t: Option<&PerLabel>) -> (f64, f64) {
    let (mut domains, mut right) = (Counts::default(), 0);
    for r in rows {
        for (l, &lexicons_said) in r.lexicon_domains.iter().enumerate() {
            domains.add(
                t.map_or(lexicons_said, |t| concludes(r.decide, r.p[l], t[l], lexicons_said, r.short)),
                r.truth[l],
            );
        }
        let urgency = match t {
            Some(t) if r.p[ACUTE] >= t[ACUTE] => Urgency::Acute,
            Some(t) if r.p[SOON] >= t[SOON] => Urgency::Soon,
            Some(_) => Urgency::Normal,
            None => r.lexicon_urgency,
        };
        right += u32::from(urgency == r.urgency);
    }
    (domains.f1(), right as f64 / rows.len().max(1) as f64)
}

/// The thresholds that do best on one held-out file: per domain the best
/// F1, for urgency the best accuracy.
fn best_thresholds(rows: &[Scored]) -> PerLabel {
    let mut t = [0.5; LABELS.len()];
    for (l, threshold) in t.iter_mut().enumerate().take(DOMAIN_LABELS) {
        let score = |c: f64| {
            let mut counts = Counts::default();
            for r in rows {
                counts.add(concludes(r.decide, r.p[l], c, r.lexicon_domains[l], r.short), r.truth[l]);
            }
            counts.f1()
        };
        *threshold = best_of(&CANDIDATES, score);
    }
    let mut best = (f64::MIN, 0.5, 0.5);
    for a in CANDIDATES {
        for s in CANDIDATES {
            let mut tt = t;
            (tt[ACUTE], tt[SOON]) = (a, s);
            let accuracy = measure(rows, Some(&tt)).1;
            if accuracy > best.0 {
                best = (accuracy, a, s);
            }
        }
    }
    (t[ACUTE], t[SOON]) = (best.1, best.2);
    t
}

/// The candidate with the best score; ties go to the one nearest 0.5.
fn best_of(candidates: &[f64], score: impl Fn(f64) -> f64) -> f64 {
    let mut best = (f64::MIN, 0.5);
    for &c in candidates {
        let s = score(c);
        if s > best.0 || (s == best.0 && (c - 0.5).abs() < (best.1 - 0.5f64).abs()) {
            best = (s, c);
        }
    }
    best.1
}

/// `work(i)` for every `i` below `n`, spread over the machine's cores; the
/// results in the order of `i`.
fn on_every_core<T: Send>(n: usize, work: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get()).min(n.max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut done: Vec<(usize, T)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..cores)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        if i >= n {
                            return mine;
                        }
                        mine.push((i, work(i)));
                    }
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().expect("a training thread panicked")).collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, t)| t).collect()
}

/// What training made: the model (its safety threshold still to be chosen
/// with the safety model's), the sets it was made from, the report of the
/// cross-validation, and per set, per message, the safety probability of the
/// model that did not see that set.
pub struct Trained {
    pub model: DomainModel,
    pub made_from: Vec<String>,
    pub report: String,
    pub safety_held_out: Vec<Vec<f64>>,
}

impl Trained {
    /// The model file, with the safety threshold training chose.
    pub fn file(self, safety_threshold: f64) -> String {
        self.model.with_safety_threshold(safety_threshold).to_tsv(&self.made_from)
    }
}

/// Train on labelled sets (name, rows): leave each set out once, train on
/// the others and find the thresholds that do best on the set left out; the
/// shipped thresholds are the medians. `triage` must have no models (the
/// features take the lexicons' conclusion alone).
pub fn train(triage: &super::Triage, sets: &[(String, Vec<Labelled>)]) -> Trained {
    // Per set, per message: its features, its labels, the lexicons' conclusion.
    let prepared: Vec<Vec<(Vec<String>, Truth, Assessment)>> = sets
        .iter()
        .map(|(_, rows)| {
            rows.iter()
                .map(|r| {
                    let lexicons = triage.assess(&r.text, None, None);
                    (features(&r.text, &lexicons), truth(r), lexicons)
                })
                .collect()
        })
        .collect();
    // The folds are independent: score them on every core (each fold is
    // trained exactly as it would be alone, so the result does not change).
    let score_fold = |i: usize| -> Vec<Scored> {
        let others: Vec<(&Vec<String>, Truth)> = prepared
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .flat_map(|(_, s)| s.iter().map(|(f, y, _)| (f, *y)))
            .collect();
        let model = fit(&others, [0.5; LABELS.len()]);
        prepared[i]
            .iter()
            .zip(&sets[i].1)
            .map(|((f, y, lexicons), row)| {
                let words = word_count(&row.text);
                Scored {
                    p: model.probabilities(f),
                    decide: may_decide_domains(words, lexicons),
                    short: words <= SHORT_MESSAGE_WORDS,
                    lexicon_domains: std::array::from_fn(|l| lexicons.domains.iter().any(|d| d.id == LABELS[l])),
                    lexicon_urgency: lexicons.urgency,
                    truth: *y,
                    urgency: row.urgency,
                }
            })
            .collect()
    };
    let folds: Vec<Vec<Scored>> = on_every_core(sets.len(), score_fold);
    let safety_held_out = folds.iter().map(|f| f.iter().map(|r| r.p[SAFETY]).collect()).collect();
    let per_fold: Vec<PerLabel> = folds.iter().map(|f| best_thresholds(f)).collect();
    let thresholds: PerLabel = std::array::from_fn(|l| {
        let mut ts: Vec<f64> = per_fold.iter().map(|t| t[l]).collect();
        ts.sort_by(f64::total_cmp);
        ts.get(ts.len() / 2).copied().unwrap_or(0.5)
    });
    let mut report = String::new();
    let _ = writeln!(report, "domains and urgency: each file left out once, the model trained on the others");
    let _ = writeln!(report, "{:<36} {:>17}  {:>17}", "held out", "domain F1 lex/+m", "urgency lex/+m");
    for ((name, _), fold) in sets.iter().zip(&folds) {
        let (lf, lu) = measure(fold, None);
        let (mf, mu) = measure(fold, Some(&thresholds));
        let _ = writeln!(report, "{name:<36} {lf:>8.3} / {mf:.3}  {lu:>8.3} / {mu:.3}");
    }
    let shown: Vec<String> = LABELS.iter().zip(thresholds).take(SAFETY).map(|(l, t)| format!("{l} {t:.2}")).collect();
    let _ = writeln!(report, "thresholds (medians of the folds): {}", shown.join(", "));
    let all: Vec<(Vec<String>, Truth)> = prepared.into_iter().flatten().map(|(f, y, _)| (f, y)).collect();
    let model = fit(&all, thresholds);
    let _ = writeln!(report, "features kept: {}", model.weights.len());
    let made_from: Vec<String> = sets.iter().map(|s| format!("{} ({} messages)", s.0, s.1.len())).collect();
    Trained { model, made_from, report, safety_held_out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_a_short_message_the_lexicons_domain_stands() {
        assert!(word_count("Ik heb problemen met mijn buren.") <= SHORT_MESSAGE_WORDS);
        // The model far below its threshold: the domain still stands ...
        assert!(concludes(true, 0.01, 0.35, true, true));
        // ... but not one the lexicons did not hear, nor in a long message.
        assert!(!concludes(true, 0.01, 0.35, false, true));
        assert!(!concludes(true, 0.01, 0.35, true, false));
        assert!(concludes(true, 0.2, 0.35, true, false), "half the threshold keeps it in a long message");
        let long = "ik heb problemen met mijn buren en de huur is te hoog en de brief snap ik niet";
        assert!(word_count(long) > SHORT_MESSAGE_WORDS);
    }

    fn lexicons_found_nothing() -> Assessment {
        Assessment {
            language: "en".into(),
            domains: Vec::new(),
            urgency: Urgency::Normal,
            safety: false,
            urgency_evidence: Vec::new(),
            safety_evidence: Vec::new(),
            denied: Vec::new(),
            crisis: false,
            resolved: Vec::new(),
            when: Vec::new(),
        }
    }

    fn examples() -> Vec<(Vec<String>, Truth)> {
        let nothing = lexicons_found_nothing();
        let mut rows = Vec::new();
        for (text, money, soon) in [
            ("the man with the letter comes on thursday", true, true),
            ("the man with the letter came for the tv thursday", true, true),
            ("cannot pay the rent this month", true, false),
            ("my son does not want to go to school", false, false),
            ("my daughter cries before school", false, false),
            ("school called about my son", false, false),
        ] {
            let mut y = [false; LABELS.len()];
            (y[0], y[SOON]) = (money, soon);
            y[4] = !money;
            rows.push((features(text, &nothing), y));
        }
        rows
    }

    #[test]
    fn learns_domains_and_urgency_and_explains_them() {
        let model = fit(&examples(), [0.5; LABELS.len()]);
        let mut a = lexicons_found_nothing();
        model.apply("the man with the letter comes thursday", &lexicons_found_nothing(), &mut a);
        assert_eq!(a.domains.first().map(|d| d.id.as_str()), Some("money"), "{a:?}");
        assert!(a.domains[0].evidence[0].starts_with("model "), "{a:?}");
        assert_eq!(a.urgency, Urgency::Soon, "{a:?}");
        let mut b = lexicons_found_nothing();
        model.apply("my son and school", &lexicons_found_nothing(), &mut b);
        assert_eq!(b.domains.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["family"], "{b:?}");
        assert_eq!(b.urgency, Urgency::Normal);
    }

    #[test]
    fn a_greeting_or_a_tap_gets_no_domain() {
        let model = fit(&examples(), [0.5; LABELS.len()]);
        let mut a = lexicons_found_nothing();
        model.apply("son school", &lexicons_found_nothing(), &mut a);
        assert!(a.domains.is_empty(), "two words the lexicons heard nothing in: {a:?}");
        let mut b = lexicons_found_nothing();
        model.apply("my son, school", &lexicons_found_nothing(), &mut b);
        assert_eq!(b.domains.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["family"], "{b:?}");
    }

    #[test]
    fn a_denial_that_is_all_the_lexicons_heard_stands() {
        let model = fit(&examples(), [0.5; LABELS.len()]);
        let mut denied = lexicons_found_nothing();
        denied.denied = vec!["money".into()];
        let mut a = denied.clone();
        model.apply("the man with the letter comes thursday", &denied, &mut a);
        assert!(a.domains.is_empty(), "{a:?}");
        assert!(features("x", &denied).contains(&"lex:not:money".to_string()));
    }

    #[test]
    fn file_round_trips_and_a_broken_line_is_named() {
        let model = fit(&examples(), [0.4; LABELS.len()]);
        let text = model.to_tsv(&["x.jsonl".into()]);
        let back = DomainModel::load(&Source { path: "m.tsv".into(), text: text.clone() }).unwrap();
        assert_eq!(back.thresholds, [0.4; LABELS.len()]);
        let f = features("letter thursday", &lexicons_found_nothing());
        assert_eq!(back.probabilities(&f), model.probabilities(&f));
        let broken = text.replacen("bias\t", "bias\tx", 1);
        let lines: Vec<&str> = broken.lines().collect();
        let line = lines.iter().position(|l| l.starts_with("bias")).unwrap() + 1;
        let err = DomainModel::load(&Source { path: "m.tsv".into(), text: broken }).unwrap_err();
        assert_eq!(err[0].line, line, "{err:?}");
    }
}
