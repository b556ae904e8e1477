//! Finding lexicon terms in a message: folded tokens, Arabic prefixes tried
//! off, clause-aware negation, and one-letter typos forgiven in long words.

use super::lexicon::{Lexicon, Target, Term, WordKind};
use crate::text::fold;
use std::collections::HashMap;

/// Words that start a new clause: a negation before them does not reach past
/// them ("ik kan niet slapen omdat hij dreigt": the threat is not negated).
const CLAUSE_WORDS: [&str; 20] = [
    "maar",
    "but",
    "ama",
    "fakat",
    "ale",
    "lecz",
    "але",
    "проте",
    "لكن",
    "لاكن",
    "wel",
    "however",
    "omdat",
    "because",
    "cuz",
    "cunku",
    "bo",
    "poniewaz",
    "бо",
    "لان",
];

/// Other words that may stand between the words of a phrase.
const MAX_GAP: usize = 2;

/// Arabic prefixes (conjunctions, prepositions, the article) written onto words.
const ARABIC_PREFIXES: [&str; 12] = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", "س"];

#[derive(Debug, Clone)]
pub struct Token {
    /// The folded word, then variants to try (an Arabic word without its prefix).
    pub forms: Vec<String>,
    /// The folded word as the resident wrote it: what evidence shows (the
    /// forms may be a reading of it, as for Ukrainian in Latin letters).
    pub written: String,
    pub clause: usize,
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut clause = 0;
    for chunk in text.split(|c: char| c.is_whitespace()) {
        let ends_clause = chunk.ends_with(['.', ',', ';', ':', '!', '?', '؟', '،', '\n']);
        for word in fold(chunk).split(' ').filter(|w| !w.is_empty()) {
            if CLAUSE_WORDS.contains(&word) {
                clause += 1;
                continue;
            }
            let mut forms = vec![word.to_string()];
            if word.starts_with(is_arabic) {
                for p in ARABIC_PREFIXES {
                    if let Some(rest) = word.strip_prefix(p)
                        && rest.chars().count() >= 2
                        && !forms.iter().any(|f| f == rest)
                    {
                        forms.push(rest.to_string());
                    }
                }
            }
            tokens.push(Token { forms, written: word.to_string(), clause });
        }
        if ends_clause {
            clause += 1;
        }
    }
    tokens
}

/// A term found in the message.
#[derive(Debug, Clone)]
pub struct Hit {
    pub term: usize,
    pub start: usize,
    pub len: usize,
    pub fuzzy: bool,
}

pub struct Matcher {
    pub lexicon: Lexicon,
    exact: HashMap<String, Vec<usize>>,
    prefix: HashMap<String, Vec<usize>>,
    scan: Vec<usize>,
    fuzzy: HashMap<char, Vec<usize>>,
}

fn key3(s: &str) -> String {
    s.chars().take(3).collect()
}

impl Matcher {
    pub fn new(lexicon: Lexicon) -> Self {
        let mut m =
            Matcher { lexicon, exact: HashMap::new(), prefix: HashMap::new(), scan: Vec::new(), fuzzy: HashMap::new() };
        for (i, term) in m.lexicon.terms.iter().enumerate() {
            let first = &term.words[0];
            match first.kind {
                WordKind::Exact => m.exact.entry(first.text.clone()).or_default().push(i),
                WordKind::Prefix => m.prefix.entry(key3(&first.text)).or_default().push(i),
                WordKind::Infix | WordKind::Number => m.scan.push(i),
            }
            // Typos are forgiven in whole words only: a one-letter slip in a
            // stem ("geslapen" for "geslagen*") would change its meaning.
            if term.words.len() == 1
                && first.kind == WordKind::Exact
                && first.text.chars().count() >= 6
                && let Some(c) = first.text.chars().next()
            {
                m.fuzzy.entry(c).or_default().push(i);
            }
        }
        m
    }

    pub fn term(&self, i: usize) -> &Term {
        &self.lexicon.terms[i]
    }

    /// Whether `term` starts at `start`; returns how many tokens it spans.
    /// People put small words inside phrases ("ik wil *gewoon* niet meer
    /// wakker worden"), so up to two other words may stand between the
    /// words of a phrase, within one clause.
    fn phrase_at(&self, term: &Term, tokens: &[Token], start: usize) -> Option<usize> {
        let matches = |i: usize, k: usize| tokens[i].forms.iter().any(|f| term.words[k].matches(f));
        if !matches(start, 0) {
            return None;
        }
        let clause = tokens[start].clause;
        let mut at = start;
        for k in 1..term.words.len() {
            let last = (at + 1 + MAX_GAP).min(tokens.len().saturating_sub(1));
            at = (at + 1..=last).take_while(|&i| tokens[i].clause == clause).find(|&i| matches(i, k))?;
        }
        Some(at + 1 - start)
    }

    fn negated(&self, term: &Term, tokens: &[Token], start: usize, len: usize) -> bool {
        if term.negated_inside {
            return false;
        }
        let clause = tokens[start].clause;
        // "intihar düşüncem yok": a negation up to two words after the term.
        let end = start + len;
        if (end..(end + 2).min(tokens.len()))
            .any(|j| tokens[j].clause == clause && self.lexicon.negations_after.contains(&tokens[j].forms[0]))
        {
            return true;
        }
        // A negation phrase that ends in the three words before the term, in
        // the same clause; for safety terms the two words before: missing a
        // person at risk costs more than a false alarm, and a far negation
        // often belongs to something else ("without a headscarf he will kill her").
        let reach = if matches!(term.target, Target::Safety | Target::Crisis | Target::PairWhat(_)) { 2 } else { 3 };
        self.lexicon.negations.iter().any(|neg| {
            (start.saturating_sub(reach + neg.len() - 1)..start).any(|j| {
                j + neg.len() <= start
                    && (0..neg.len()).all(|k| tokens[j + k].clause == clause && tokens[j + k].forms[0] == neg[k])
            })
        })
    }

    /// Every term of this lexicon in the message: each term once, at its
    /// first place that is not negated.
    pub fn find(&self, tokens: &[Token]) -> Vec<Hit> {
        self.find_with_negated(tokens).0
    }

    /// As `find`, and beside it the terms found only negated ("geen
    /// schulden"), each once: a denial is worth knowing, though not always
    /// true ("nie płaci", does not pay, is a money problem).
    pub fn find_with_negated(&self, tokens: &[Token]) -> (Vec<Hit>, Vec<Hit>) {
        let mut hits: Vec<Hit> = Vec::new();
        let mut negated: Vec<Hit> = Vec::new();
        let mut seen = vec![false; self.lexicon.terms.len()];
        let mut covered = vec![false; tokens.len()];
        for (start, token) in tokens.iter().enumerate() {
            let mut candidates: Vec<usize> = self.scan.clone();
            for f in &token.forms {
                if let Some(v) = self.exact.get(f) {
                    candidates.extend(v);
                }
                if let Some(v) = self.prefix.get(&key3(f)) {
                    candidates.extend(v);
                }
            }
            for i in candidates {
                let term = &self.lexicon.terms[i];
                if let Some(len) = self.phrase_at(term, tokens, start) {
                    // A word a term matches is never read as a typo of
                    // another, also where the term was found earlier ("jadę
                    // pociągiem, pociąg jutro": the second "pociąg" is a
                    // train too, not "pociąć", to cut).
                    covered[start..start + len].iter_mut().for_each(|c| *c = true);
                    if seen[i] {
                        continue;
                    }
                    if !self.negated(term, tokens, start, len) {
                        seen[i] = true;
                        hits.push(Hit { term: i, start, len, fuzzy: false });
                    } else if !negated.iter().any(|h| h.term == i) {
                        negated.push(Hit { term: i, start, len, fuzzy: false });
                    }
                }
            }
        }
        // One-letter typos in long words that matched nothing; a word may be
        // listed in several places (safety and health), so every term counts.
        for (start, token) in tokens.iter().enumerate() {
            let f = &token.forms[0];
            let n = f.chars().count();
            if covered[start] || n < 6 || !f.chars().all(char::is_alphabetic) {
                continue;
            }
            let Some(candidates) = f.chars().next().and_then(|c| self.fuzzy.get(&c)) else {
                continue;
            };
            for &i in candidates {
                if seen[i] {
                    continue;
                }
                let ok = within_one(f, &self.lexicon.terms[i].words[0].text);
                if ok && !self.negated(&self.lexicon.terms[i], tokens, start, 1) {
                    seen[i] = true;
                    hits.push(Hit { term: i, start, len: 1, fuzzy: true });
                }
            }
        }
        // A term said both ways ("geen schulden meer, maar wel schulden bij
        // de buren") was said.
        negated.retain(|n| !seen[n.term]);
        (hits, negated)
    }

    /// How many distinct marker words of this language the message has.
    pub fn marker_hits(&self, tokens: &[Token]) -> usize {
        let mut found: Vec<&str> = Vec::new();
        for t in tokens {
            if self.lexicon.markers.iter().any(|m| *m == t.forms[0]) && !found.contains(&t.forms[0].as_str()) {
                found.push(&t.forms[0]);
            }
        }
        found.len()
    }

    pub fn is_target(&self, hit: &Hit, target: Target) -> bool {
        self.lexicon.terms[hit.term].target == target
    }
}

/// Damerau-Levenshtein distance of at most one (one letter wrong, missing,
/// extra, or two neighbours swapped).
pub fn within_one(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b {
        return true;
    }
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > 1 {
        return false;
    }
    let p = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if n == m {
        let rest_equal = |k: usize| a[k..] == b[k..];
        // substitution, or transposition of neighbours
        rest_equal(p + 1) || (p + 1 < n && a[p] == b[p + 1] && a[p + 1] == b[p] && rest_equal(p + 2))
    } else if n > m {
        a[p + 1..] == b[p..]
    } else {
        a[p..] == b[p + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_one() {
        assert!(within_one("deurwaarder", "deurwaader"));
        assert!(within_one("schulden", "schudlen"));
        assert!(within_one("eviction", "evicton"));
        assert!(!within_one("schulden", "scholen"));
        assert!(within_one("abc", "abc"));
    }

    #[test]
    fn denied_terms_are_kept_apart() {
        let text = include_str!("../../dialogs/triage/nl.yaml").to_string();
        let src = crate::script::Source { path: "nl.yaml".into(), text };
        let m = Matcher::new(super::super::lexicon::parse(&src).expect("lexicon"));
        let (hits, denied) = m.find_with_negated(&tokenize("ik heb geen schulden"));
        assert!(hits.is_empty(), "{hits:?}");
        assert!(denied.iter().any(|h| m.term(h.term).source.contains("schuld")), "{denied:?}");
        let (hits, denied) = m.find_with_negated(&tokenize("geen schulden. wel schulden bij de buren"));
        assert!(hits.iter().any(|h| m.term(h.term).source.contains("schuld")), "{hits:?}");
        assert!(denied.is_empty(), "{denied:?}");
    }

    #[test]
    fn tokens_fold_and_split_clauses() {
        let t = tokenize("Geen geld, maar WEL schulden.");
        let words: Vec<&str> = t.iter().map(|t| t.forms[0].as_str()).collect();
        assert_eq!(words, ["geen", "geld", "schulden"]);
        assert_ne!(t[1].clause, t[2].clause);
        let a = tokenize("والديون");
        assert!(a[0].forms.contains(&"ديون".to_string()), "{:?}", a[0].forms);
    }
}
