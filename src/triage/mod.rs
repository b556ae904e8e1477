//! Triage: which domains a message touches, how urgent it is, whether someone
//! is at risk, and which language it is in. Pure functions over text (and
//! answers): no I/O, and every conclusion carries its evidence.
//!
//! The vocabulary is data (`dialogs/triage/<lang>.yaml`, see the README
//! there); this module only knows how to match it.

pub mod domain_model;
pub mod eval;
pub mod language;
pub mod lexicon;
pub mod matcher;
pub mod model;
pub mod translit;

use crate::script::{Diagnostic, Source};
use lexicon::{DOMAINS, Target};
use matcher::{Hit, Matcher, Token};
use serde::Serialize;
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Urgency {
    Normal,
    Soon,
    Acute,
}

impl Urgency {
    /// "normal", "soon" or "acute"; anything else is normal.
    pub fn from_name(name: &str) -> Urgency {
        match name {
            "acute" => Urgency::Acute,
            "soon" => Urgency::Soon,
            _ => Urgency::Normal,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Urgency::Normal => "normal",
            Urgency::Soon => "soon",
            Urgency::Acute => "acute",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DomainScore {
    pub id: String,
    pub score: f64,
    pub evidence: Vec<String>,
}

/// The outcome for one message. Serialises as the `luisterloket triage` contract.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub language: String,
    pub domains: Vec<DomainScore>,
    pub urgency: Urgency,
    pub safety: bool,
    /// Why urgency and safety are what they are (not part of the CLI contract).
    #[serde(skip)]
    pub urgency_evidence: Vec<String>,
    #[serde(skip)]
    pub safety_evidence: Vec<String>,
    /// Domains the resident denied ("geen schulden") and the lexicons did
    /// not otherwise hear: an input of the domain model, not a conclusion.
    #[serde(skip)]
    pub denied: Vec<String>,
    /// The lexicons heard a `crisis:` term (someone may die now): the
    /// message is acute whatever a model says about urgency.
    #[serde(skip)]
    pub crisis: bool,
    /// The resident said the danger is long past and settled (`resolved:`
    /// in the lexicon): what was heard of it, and no model adds safety.
    #[serde(skip)]
    pub resolved: Vec<String>,
    /// How far off the times the message names are (`when:` in the
    /// lexicon: "now", "days", "weeks"): an input of the domain model.
    #[serde(skip)]
    pub when: Vec<&'static str>,
}

pub struct Triage {
    matchers: Vec<Matcher>,
    /// The Ukrainian lexicon as skeletons, for Ukrainian in Latin letters (`translit`).
    uk_latin: Option<Matcher>,
    whatlang: whatlang::Detector,
    /// The statistical second opinion on safety (`dialogs/triage/safety-model.tsv`), if shipped.
    model: Option<model::SafetyModel>,
    /// Domains and urgency learned from the labelled sets (`dialogs/triage/domain-model.tsv`), if shipped.
    domain_model: Option<domain_model::DomainModel>,
}

impl std::fmt::Debug for Triage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Triage").field("languages", &self.languages()).finish()
    }
}

/// How many words apart the two halves of a safety pair may stand.
const PAIR_WINDOW: usize = 8;

/// A domain needs this many points: one strong term, or two weak ones.
const DOMAIN_THRESHOLD_HALVES: u32 = 2;

impl Triage {
    /// Lexicons (`<lang>.yaml`), the safety model (`safety-model.tsv`) and
    /// the domain model (`domain-model.tsv`).
    pub fn load(sources: &[Source]) -> Result<Triage, Vec<Diagnostic>> {
        let mut problems = Vec::new();
        let mut matchers = Vec::new();
        let mut safety_model = None;
        let mut learned = None;
        for src in sources {
            let named = |name: &str| src.path.file_name().is_some_and(|n| n == name);
            if named(model::FILE_NAME) {
                match model::SafetyModel::load(src) {
                    Ok(m) => safety_model = Some(m),
                    Err(mut p) => problems.append(&mut p),
                }
                continue;
            }
            if named(domain_model::FILE_NAME) {
                match domain_model::DomainModel::load(src) {
                    Ok(m) => learned = Some(m),
                    Err(mut p) => problems.append(&mut p),
                }
                continue;
            }
            match lexicon::parse(src) {
                Ok(l) => matchers.push(Matcher::new(l)),
                Err(mut p) => problems.append(&mut p),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let langs: Vec<whatlang::Lang> = [
            ("nl", whatlang::Lang::Nld),
            ("en", whatlang::Lang::Eng),
            ("tr", whatlang::Lang::Tur),
            ("pl", whatlang::Lang::Pol),
            ("ar", whatlang::Lang::Ara),
            ("uk", whatlang::Lang::Ukr),
        ]
        .into_iter()
        .filter(|(code, _)| matchers.iter().any(|m| m.lexicon.lang == *code))
        .map(|(_, l)| l)
        .collect();
        let whatlang = whatlang::Detector::with_allowlist(langs);
        let uk_latin = matchers
            .iter()
            .find(|m| m.lexicon.lang == "uk")
            .map(|m| Matcher::new(translit::skeleton_lexicon(&m.lexicon)));
        Ok(Triage { matchers, uk_latin, whatlang, model: safety_model, domain_model: learned })
    }

    /// Swap the safety model (training compares the lexicons alone with a
    /// model made from other files).
    pub fn set_model(&mut self, model: Option<model::SafetyModel>) {
        self.model = model;
    }

    /// The lexicons alone, without either model: what training builds on.
    pub fn without_models(mut self) -> Triage {
        self.model = None;
        self.domain_model = None;
        self
    }

    pub fn model(&self) -> Option<&model::SafetyModel> {
        self.model.as_ref()
    }

    pub fn languages(&self) -> Vec<&str> {
        self.matchers.iter().map(|m| m.lexicon.lang.as_str()).collect()
    }

    fn matcher(&self, lang: &str) -> Option<&Matcher> {
        self.matchers.iter().find(|m| m.lexicon.lang == lang)
    }

    /// When `word` alone raises an alarm in `lang` only because a one-letter
    /// typo is forgiven, the terms it is heard as; otherwise none. An
    /// everyday word must not do that ("pociąg", a train, heard as "pociąć",
    /// to cut): `tests/triage.rs` asks this of every word the labelled sets
    /// use where nobody is at risk, so a new term that would hear such a
    /// word fails the build, not a resident's chat. The alarm is the one
    /// `assess` would raise: the typo hits go through `conclude`.
    pub fn typo_alarms(&self, lang: &str, word: &str) -> Vec<String> {
        let Some(m) = self.matcher(lang) else {
            return Vec::new();
        };
        let tokens = matcher::tokenize(word);
        let typos: Vec<(&Matcher, Hit, &[Token])> =
            m.find(&tokens).into_iter().filter(|h| h.fuzzy).map(|h| (m, h, tokens.as_slice())).collect();
        if !conclude(lang.to_string(), &typos).safety {
            return Vec::new();
        }
        typos.iter().map(|(m, h, _)| m.term(h.term).source.clone()).collect()
    }

    /// Which language a message is in, given the platform's hint.
    pub fn detect_language(&self, text: &str, hint: Option<&str>) -> language::Detected {
        let tokens = matcher::tokenize(text);
        language::detect(text, &tokens, &self.matchers, self.uk_latin.as_ref(), hint, &self.whatlang)
    }

    /// The text the models read. They learned Ukrainian from Cyrillic
    /// messages, so Ukrainian in Latin letters is written out in Cyrillic
    /// (`translit::to_cyrillic`), except the words another lexicon knows
    /// (Dutch "gemeente", "huisarts" stay as they are); any other text is
    /// read as it is. Training reads the labelled sets through this too.
    pub fn text_for_models<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let tokens = matcher::tokenize(text);
        let lang = language::detect(text, &tokens, &self.matchers, self.uk_latin.as_ref(), None, &self.whatlang).lang;
        self.models_read(text, &tokens, self.latin_ukrainian(text, &lang))
    }

    /// Whether a message in `language` is Ukrainian typed in Latin letters,
    /// read through `translit`.
    fn latin_ukrainian(&self, text: &str, language: &str) -> bool {
        language == "uk" && self.uk_latin.is_some() && language::mostly_latin(text)
    }

    fn models_read<'a>(&self, text: &'a str, tokens: &[Token], latin_ukrainian: bool) -> Cow<'a, str> {
        if !latin_ukrainian {
            return Cow::Borrowed(text);
        }
        let known = language::words_latin_lexicons_know(tokens, &self.matchers);
        let words: Vec<String> = tokens
            .iter()
            .zip(&known)
            .map(|(t, k)| if *k { t.written.clone() } else { translit::to_cyrillic(&t.written) })
            .collect();
        Cow::Owned(words.join(" "))
    }

    /// Assess one message. `lang`: the language when known (a conversation's
    /// language, or `--lang`); otherwise it is detected, using `hint`.
    pub fn assess(&self, text: &str, lang: Option<&str>, hint: Option<&str>) -> Assessment {
        let tokens = matcher::tokenize(text);
        let language = match lang.filter(|l| self.matcher(l).is_some()) {
            Some(l) => l.to_string(),
            None => language::detect(text, &tokens, &self.matchers, self.uk_latin.as_ref(), hint, &self.whatlang).lang,
        };
        // Ukrainian in Latin letters is read as skeletons (`translit`).
        let latin_ukrainian = self.latin_ukrainian(text, &language);
        let skeletons: Vec<Token>;
        let (own, own_tokens): (Option<&Matcher>, &[Token]) = match &self.uk_latin {
            Some(uk) if latin_ukrainian => {
                skeletons = translit::skeleton_tokens(&tokens);
                (Some(uk), &skeletons)
            }
            _ => (self.matcher(&language), &tokens),
        };
        // (matcher, hit, the tokens the hit indexes into)
        let mut found: Vec<(&Matcher, Hit, &[Token])> = Vec::new();
        let mut denied: Vec<String> = Vec::new();
        if let Some(m) = own {
            let (hits, negated) = m.find_with_negated(own_tokens);
            found.extend(hits.into_iter().map(|h| (m, h, own_tokens)));
            for h in negated {
                if let Target::Domain { index, .. } = m.term(h.term).target
                    && !denied.iter().any(|d| d == DOMAINS[index])
                {
                    denied.push(DOMAINS[index].to_string());
                }
            }
        }
        // Residents writing Arabic or Ukrainian use Dutch words for Dutch
        // things ("deurwaarder", "huurtoeslag"): read their Latin words with
        // the Dutch lexicon too.
        let latin: Vec<Token> = if matches!(language.as_str(), "ar" | "uk") {
            tokens.iter().filter(|t| t.forms[0].chars().all(|c| c.is_ascii_alphanumeric())).cloned().collect()
        } else {
            Vec::new()
        };
        if let (false, Some(nl)) = (latin.is_empty(), self.matcher("nl")) {
            found.extend(nl.find(&latin).into_iter().map(|h| (nl, h, latin.as_slice())));
        }
        let mut lexicons = conclude(language, &found);
        denied.retain(|d| !lexicons.domains.iter().any(|x| x.id == *d));
        lexicons.denied = denied;
        let mut a = lexicons.clone();
        let text = self.models_read(text, &tokens, latin_ukrainian);
        let text = text.as_ref();
        let second = self.domain_model.as_ref().map(|m| (m, m.apply(text, &lexicons, &mut a)));
        // The models only add safety: someone the word lists missed. The
        // safety model is asked first; the domain model's opinion counts
        // where it alone is sure enough (thresholds chosen together).
        let why = if a.safety || !a.resolved.is_empty() {
            None
        } else if let Some(v) = self.model.as_ref().map(|m| (m, m.judge(text))).filter(|(_, v)| v.at_risk) {
            Some(format!("model {:.0} >= {:.0}: {}", v.1.score, v.0.threshold, v.1.evidence.join(", ")))
        } else {
            second.filter(|(_, o)| o.at_risk).map(|(m, o)| m.explain_safety(text, &o))
        };
        if let Some(why) = why {
            a.safety = true;
            a.safety_evidence.push(why.clone());
            a.domains.retain(|d| d.id != "safety");
            a.domains.insert(0, DomainScore { id: "safety".into(), score: 0.95, evidence: vec![why] });
        }
        a
    }
}

/// What the lexicons conclude from their hits.
fn conclude(language: String, found: &[(&Matcher, Hit, &[Token])]) -> Assessment {
    let words = |h: &Hit, tokens: &[Token]| -> String {
        tokens[h.start..h.start + h.len].iter().map(|t| t.written.as_str()).collect::<Vec<_>>().join(" ")
    };
    let mut halves = [0u32; DOMAINS.len()];
    let mut evidence: Vec<Vec<String>> = vec![Vec::new(); DOMAINS.len()];
    let mut safety_evidence = Vec::new();
    let mut acute = Vec::new();
    let mut soon = Vec::new();
    let mut crisis = false;
    let mut when: Vec<&'static str> = Vec::new();
    let (mut past, mut settled) = (Vec::new(), Vec::new());
    // Where (token slice, start) settled words stand, and where danger or a
    // recurrence was heard: after the settled words, the danger is not over.
    type At = (*const Token, usize);
    let (mut settled_at, mut danger_at): (Vec<At>, Vec<At>) = (Vec::new(), Vec::new());
    // (lexicon, pair, start token, words, token slice) of each half of a
    // safety pair: a pair's halves come from one lexicon (the Dutch pass over
    // the Latin words of an Arabic message numbers its pairs on its own).
    type Half = (String, usize, usize, String, *const Token);
    let (mut who, mut what): (Vec<Half>, Vec<Half>) = (Vec::new(), Vec::new());
    // One word counts once per domain: "brief" and "brief van" are one
    // letter, not two reasons. Strong terms first, so the overlap keeps the
    // stronger weight. (token slice, domain, start, end) of what was counted.
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| match found[i].0.term(found[i].1.term).target {
        Target::Domain { weight_halves, .. } => std::cmp::Reverse(weight_halves),
        _ => std::cmp::Reverse(0),
    });
    let mut counted: Vec<(*const Token, usize, usize, usize)> = Vec::new();
    for (m, h, tokens) in order.into_iter().map(|i| &found[i]) {
        let w = words(h, tokens);
        match m.term(h.term).target {
            Target::Settled => settled_at.push((tokens.as_ptr(), h.start)),
            // Half a pair is no danger by itself ("papers" in "gemeente
            // papers"): a `what` counts where it makes a pair, below.
            Target::Safety | Target::Crisis | Target::Acute | Target::Again => {
                danger_at.push((tokens.as_ptr(), h.start))
            }
            _ => {}
        }
        match m.term(h.term).target {
            Target::Domain { index, weight_halves } => {
                let (start, end) = (h.start, h.start + h.len);
                let overlaps = counted
                    .iter()
                    .any(|&(t, d, s, e)| std::ptr::eq(t, tokens.as_ptr()) && d == index && start < e && s < end);
                if !overlaps {
                    halves[index] += weight_halves as u32;
                    counted.push((tokens.as_ptr(), index, start, end));
                }
                if !evidence[index].contains(&w) {
                    evidence[index].push(w);
                }
            }
            Target::Safety => safety_evidence.push(w),
            Target::Crisis => {
                crisis = true;
                safety_evidence.push(w.clone());
                acute.push(w);
            }
            Target::Acute => acute.push(w),
            Target::Soon => soon.push(w),
            Target::PairWho(n) => who.push((m.lexicon.lang.clone(), n, h.start, w, tokens.as_ptr())),
            Target::PairWhat(n) => what.push((m.lexicon.lang.clone(), n, h.start, w, tokens.as_ptr())),
            Target::Past => past.push(w),
            Target::Settled => settled.push(w),
            Target::Again => {}
            Target::When(w) => {
                if !when.contains(&w.as_str()) {
                    when.push(w.as_str());
                }
            }
        }
    }
    // Both halves must stand close together: "he" at the start of a long
    // message and "throws" at its end are not one person doing one thing.
    for (la, n, i, w, _) in &who {
        for (lb, m, j, x, slice) in &what {
            if la == lb && n == m && w != x && i.abs_diff(*j) <= PAIR_WINDOW {
                safety_evidence.push(format!("{w} + {x}"));
                danger_at.push((*slice, *j));
            }
        }
    }
    // Someone at risk is also the safety domain.
    let safety_index = DOMAINS.iter().position(|d| *d == "safety").unwrap_or(5);
    let mut safety = !safety_evidence.is_empty() || halves[safety_index] >= DOMAIN_THRESHOLD_HALVES;
    // "Last year my ex threatened me; he has a contact ban now and it is
    // calm": a danger long past and settled is not someone at risk now,
    // unless danger is heard after the settled words or a life is at stake.
    let mut resolved = Vec::new();
    // Danger read in another token slice (the Dutch pass over an Arabic
    // message's Latin words) cannot be ordered: it counts as after.
    let danger_after = danger_at
        .iter()
        .any(|&(slice, at)| !settled_at.iter().any(|&(s, settled)| std::ptr::eq(s, slice) && at < settled));
    if let (Some(p), Some(s), false, false) = (past.first(), settled.first(), crisis, danger_after) {
        resolved = vec![format!("past: {p}"), format!("settled: {s}")];
        if safety {
            // Safety may have come from domain words alone, with no alarm term.
            let heard = if safety_evidence.is_empty() { &evidence[safety_index] } else { &safety_evidence };
            resolved.push(format!("not at risk now, though heard: {}", heard.join(", ")));
        }
        safety = false;
        safety_evidence.clear();
        halves[safety_index] = 0;
        // Its danger-now words were told of the past ("sloeg me"): they all
        // stand before the settled words, or it would not be over.
        acute.clear();
    }
    if safety {
        halves[safety_index] = halves[safety_index].max(DOMAIN_THRESHOLD_HALVES) + safety_evidence.len() as u32 * 2;
        for w in &safety_evidence {
            if !evidence[safety_index].contains(w) {
                evidence[safety_index].push(w.clone());
            }
        }
    }
    let mut domains: Vec<DomainScore> = DOMAINS
        .iter()
        .enumerate()
        .filter(|(i, _)| halves[*i] >= DOMAIN_THRESHOLD_HALVES)
        .map(|(i, d)| {
            let points = halves[i] as f64 / 2.0;
            let score = ((1.0 - (-1.5 * points).exp()) * 100.0).round() / 100.0;
            DomainScore { id: d.to_string(), score, evidence: evidence[i].clone() }
        })
        .collect();
    domains.sort_by(|a, b| b.score.partial_cmp(&a.score).unwrap_or(std::cmp::Ordering::Equal));
    // Acute: danger now, no roof tonight, no food today, suicidal. This is how
    // urgent the message is by itself, as the labels mean it; the desk makes
    // every case with someone at risk acute (the engine does, not triage).
    let (urgency, urgency_evidence) = if !acute.is_empty() {
        (Urgency::Acute, acute)
    } else if !soon.is_empty() {
        (Urgency::Soon, soon)
    } else {
        (Urgency::Normal, Vec::new())
    };
    Assessment {
        language,
        domains,
        urgency,
        safety,
        urgency_evidence,
        safety_evidence,
        denied: Vec::new(),
        crisis,
        resolved,
        when,
    }
}
