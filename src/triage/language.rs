//! Which shipped language a short chat message is in.
//!
//! Script first (Arabic letters mean Arabic, Cyrillic means Ukrainian: the only
//! Cyrillic language we ship). Latin text is scored per language: its most
//! common words (lexicon `markers`, which for Arabic include words of Arabic
//! written in Latin letters), its lexicon terms (a one-word message like
//! "schulden" has no function words), its special letters, a vote from the
//! `whatlang` crate restricted to our languages, and the platform's hint.
//! Ukrainian competes for Latin text too, read through `translit` ("ya ne
//! mozhu"), on its words that are not everyday words of a Latin-script
//! language of ours.

use super::matcher::{Hit, Matcher, Token};
use super::translit;
use whatlang::{Detector, Lang};

fn whatlang_code(l: Lang) -> Option<&'static str> {
    Some(match l {
        Lang::Nld => "nl",
        Lang::Eng => "en",
        Lang::Tur => "tr",
        Lang::Pol => "pl",
        Lang::Ara => "ar",
        Lang::Ukr => "uk",
        _ => return None,
    })
}

/// Letters only a Latin-script language of ours uses, with their weight.
fn special_letters(lang: &str) -> &'static [(char, f64)] {
    match lang {
        "tr" => &[('ş', 3.0), ('ğ', 3.0), ('ı', 3.0), ('ç', 1.0), ('ö', 1.0), ('ü', 1.0)],
        "pl" => &[
            ('ą', 3.0),
            ('ę', 3.0),
            ('ł', 3.0),
            ('ń', 3.0),
            ('ś', 3.0),
            ('ź', 3.0),
            ('ż', 3.0),
            ('ć', 3.0),
            ('ó', 1.0),
        ],
        _ => &[],
    }
}

enum Script {
    Arabic,
    Cyrillic,
    Latin,
}

/// The script most of a word's letters are in (None for letters of none of them).
fn word_script(word: &str) -> Option<Script> {
    let (mut arabic, mut cyrillic, mut latin) = (0usize, 0usize, 0usize);
    for c in word.chars() {
        match c {
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => {
                arabic += 1
            }
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            c if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) => latin += 1,
            _ => {}
        }
    }
    let most = arabic.max(cyrillic).max(latin);
    if most == 0 {
        None
    } else if arabic == most {
        Some(Script::Arabic)
    } else if cyrillic == most {
        Some(Script::Cyrillic)
    } else {
        Some(Script::Latin)
    }
}

pub struct Detected {
    pub lang: String,
    /// 0..1: how sure; low for one-word or emoji-only messages.
    pub confidence: f64,
}

/// How many words are in Arabic, Cyrillic and Latin script. By word, not by
/// letter: in "як подати на huurtoeslag" or "huurtoeslag وقفوها ليش" the one
/// long Latin word is a Dutch word the resident uses, and the language is
/// the one of the other words.
fn words_per_script(text: &str) -> (usize, usize, usize) {
    let (mut arabic, mut cyrillic, mut latin) = (0usize, 0usize, 0usize);
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        match word_script(word) {
            Some(Script::Arabic) => arabic += 1,
            Some(Script::Cyrillic) => cyrillic += 1,
            Some(Script::Latin) => latin += 1,
            None => {}
        }
    }
    (arabic, cyrillic, latin)
}

/// Most words are in Latin letters (and there is at least one).
pub fn mostly_latin(text: &str) -> bool {
    let (arabic, cyrillic, latin) = words_per_script(text);
    latin > 0 && latin > arabic && latin > cyrillic
}

/// The lexicons of the languages written in Latin letters (Arabic also
/// has Latin words, but as Arabizi, not as a language of its own).
fn latin_lexicons(matchers: &[Matcher]) -> impl Iterator<Item = &Matcher> {
    matchers.iter().filter(|m| !matches!(m.lexicon.lang.as_str(), "uk" | "ar"))
}

/// Marks the words `hits` cover.
fn mark_covered(flags: &mut [bool], hits: &[Hit]) {
    for h in hits {
        flags[h.start..h.start + h.len].iter_mut().for_each(|f| *f = true);
    }
}

/// A lexicon's terms in the message as written (no typo forgiven).
fn exact_hits(m: &Matcher, tokens: &[Token]) -> Vec<Hit> {
    m.find(tokens).into_iter().filter(|h| !h.fuzzy).collect()
}

/// Per word: whether a term of a Latin-script lexicon covers it, as written
/// (no typo forgiven): "gemeente", "digid", "depressed".
pub fn words_latin_lexicons_know(tokens: &[Token], matchers: &[Matcher]) -> Vec<bool> {
    let mut known = vec![false; tokens.len()];
    for m in latin_lexicons(matchers) {
        mark_covered(&mut known, &exact_hits(m, tokens));
    }
    known
}

/// How much Latin text reads as Ukrainian (`uk_latin` is the lexicon as
/// skeletons); 0 when nothing distinctly Ukrainian is in it. Short words
/// are shared with the Latin-script languages ("ja", "ne", "do", "na", "i"
/// are Ukrainian and Polish, Turkish or English), and so are loanwords
/// ("depresiia", "digid"): only a marker of three letters or more that is
/// no marker of another language ("mene", "shcho", "treba", "dyakuyu"),
/// or two words Ukrainian terms find and no other lexicon knows ("ne
/// hochu zhyty"), make the message a candidate. Then each such marker
/// counts 2, each short marker 1, and each such word 1.
/// `known`: per word, whether a Latin-script lexicon's term covers it
/// (`words_latin_lexicons_know`; `detect` has it already).
fn latin_ukrainian_score(tokens: &[Token], mut known: Vec<bool>, matchers: &[Matcher], uk_latin: &Matcher) -> f64 {
    for (t, k) in tokens.iter().zip(known.iter_mut()) {
        *k |= latin_lexicons(matchers).any(|m| m.lexicon.markers.contains(&t.forms[0]));
    }
    let skeletons = translit::skeleton_tokens(tokens);
    let (mut long, mut short): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    for (s, k) in skeletons.iter().zip(&known) {
        let word = s.forms[0].as_str();
        if *k || !uk_latin.lexicon.markers.iter().any(|m| m == word) {
            continue;
        }
        let list = if word.chars().count() >= 3 { &mut long } else { &mut short };
        if !list.contains(&word) {
            list.push(word);
        }
    }
    let mut covered = vec![false; tokens.len()];
    mark_covered(&mut covered, &exact_hits(uk_latin, &skeletons));
    let terms = covered.iter().zip(&known).filter(|(c, k)| **c && !**k).count();
    if long.is_empty() && terms < 2 {
        return 0.0;
    }
    2.0 * long.len() as f64 + short.len() as f64 + terms as f64
}

pub fn detect(
    text: &str,
    tokens: &[Token],
    matchers: &[Matcher],
    uk_latin: Option<&Matcher>,
    hint: Option<&str>,
    whatlang: &Detector,
) -> Detected {
    let (arabic, cyrillic, latin) = words_per_script(text);
    let shipped = |l: &str| matchers.iter().any(|m| m.lexicon.lang == l);
    let hinted = hint.filter(|h| shipped(h));
    if arabic + cyrillic + latin == 0 {
        return Detected { lang: hinted.unwrap_or("nl").to_string(), confidence: 0.0 };
    }
    if arabic > 0 && arabic >= latin && arabic >= cyrillic && shipped("ar") {
        return Detected { lang: "ar".into(), confidence: arabic as f64 / (arabic + latin + cyrillic) as f64 };
    }
    if cyrillic > 0 && cyrillic >= latin && shipped("uk") {
        return Detected { lang: "uk".into(), confidence: cyrillic as f64 / (arabic + latin + cyrillic) as f64 };
    }
    let lower = text.to_lowercase();
    let vote = whatlang.detect(text).and_then(|i| whatlang_code(i.lang()).map(|c| (c, i.confidence())));
    let mut best: (f64, &str) = (f64::MIN, "nl");
    // Per word: a term of a Latin-script lexicon covers it (for Ukrainian in Latin letters).
    let mut known = vec![false; tokens.len()];
    let mut total = 0.0;
    // Arabic stays a candidate for Latin text: Moroccan Arabic is often
    // written in Latin letters and digits ("3ndi mochkil m3a l gemeente").
    for m in matchers.iter().filter(|m| m.lexicon.lang != "uk") {
        let lang = m.lexicon.lang.as_str();
        let mut score = 2.0 * m.marker_hits(tokens) as f64;
        // Arabic in Latin letters is recognised by its markers only: the
        // Arabic lexicon also lists Dutch words that Arabic speakers use.
        if lang != "ar" {
            // The same terms `words_latin_lexicons_know` finds, found once.
            let terms = exact_hits(m, tokens);
            mark_covered(&mut known, &terms);
            score += 1.0 * terms.len() as f64;
        }
        for (c, w) in special_letters(lang) {
            score += w * lower.matches(*c).count().min(3) as f64;
        }
        if lang == "nl" {
            score += 0.5 * tokens.iter().filter(|t| t.forms[0].contains("ij")).count().min(4) as f64;
        }
        if let Some((code, conf)) = vote
            && code == lang
        {
            score += 1.5 * conf;
        }
        if hinted == Some(lang) {
            score += 1.0;
        }
        total += score.max(0.0);
        if score > best.0 || (score == best.0 && hinted == Some(lang)) {
            best = (score, lang);
        }
    }
    if let Some(uk) = uk_latin {
        let score = latin_ukrainian_score(tokens, known, matchers, uk) + if hinted == Some("uk") { 1.0 } else { 0.0 };
        total += score;
        if score > best.0 {
            best = (score, "uk");
        }
    }
    let confidence = if total > 0.0 { best.0 / total } else { 0.0 };
    Detected { lang: best.1.to_string(), confidence }
}
