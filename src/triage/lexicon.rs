//! Reading `dialogs/triage/<lang>.yaml` into matchable terms, with
//! `file:line` diagnostics for everything an editor can get wrong.

use crate::script::diagnostic::LineFinder;
use crate::script::{Diagnostic, Source};
use crate::text::fold;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The ten domains, in a fixed order (ids are part of the CLI contract).
pub const DOMAINS: [&str; 10] =
    ["money", "housing", "work", "health", "family", "safety", "social", "paperwork", "language", "neighbourhood"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    Exact,
    /// `word*`
    Prefix,
    /// `*word*`
    Infix,
    /// `#`: any number, also a day written as an ordinal ("20e", "15th")
    Number,
}

/// What may follow the digits of a number `#` matches: nothing, or the
/// ending of an ordinal in Dutch ("de 20e", "de 1ste") or English ("the 15th").
const ORDINAL_ENDINGS: [&str; 8] = ["", "e", "ste", "de", "st", "nd", "rd", "th"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordPat {
    pub text: String,
    pub kind: WordKind,
}

impl WordPat {
    pub fn matches(&self, form: &str) -> bool {
        match self.kind {
            WordKind::Exact => form == self.text,
            WordKind::Prefix => form.starts_with(&self.text),
            WordKind::Infix => form.contains(&self.text),
            WordKind::Number => {
                // "20", and the day of a date written as Dutch and English do: "20e", "20ste", "15th".
                let digits = form.chars().take_while(char::is_ascii_digit).count();
                digits > 0 && ORDINAL_ENDINGS.contains(&&form[digits..])
            }
        }
    }
}

/// What a term is evidence for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Domain {
        index: usize,
        weight_halves: u8,
    },
    Acute,
    Soon,
    Safety,
    /// Someone may die now (suicidal, self-harm, a weapon, fled tonight):
    /// safety and acute at once, and no model makes it less urgent.
    Crisis,
    /// Half of a safety pair: someone (`who`) ...
    PairWho(usize),
    /// ... doing or threatening harm (`what`): both in one message mean safety.
    PairWhat(usize),
    /// A time long past ("vorig jaar") ...
    Past,
    /// ... and words that it is settled now ("nu is het rustig"): both in
    /// one message, and no crisis or danger-now term, mean the danger is over.
    Settled,
    /// ... unless it came back after the settled words ("znowu").
    Again,
    /// When something is due or happens ("morgen", "next month"): not a
    /// conclusion, an input of the domain model, the same in every language.
    When(When),
}

/// How far off a time the resident names is (`when:` in the lexicon).
/// Whether "tomorrow" makes a message urgent depends on what happens then;
/// the model learns that from the labelled sets, and one feature per
/// horizon lets what it learns in Dutch count for Arabic too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// today, tonight, right now
    Now,
    /// tomorrow, this week, a weekday, "before the 15th"
    Days,
    /// next month, in a few weeks
    Weeks,
}

impl When {
    pub fn as_str(self) -> &'static str {
        match self {
            When::Now => "now",
            When::Days => "days",
            When::Weeks => "weeks",
        }
    }
}

impl Target {
    /// The list in the YAML file that holds a term with this target, as
    /// `check` names it ("domains.money.strong", "safety_pairs[2].who").
    fn list_name(self) -> String {
        match self {
            Target::Domain { index, weight_halves } => {
                format!("domains.{}.{}", DOMAINS[index], if weight_halves == STRONG_HALVES { "strong" } else { "weak" })
            }
            Target::Acute => "urgency.acute".into(),
            Target::Soon => "urgency.soon".into(),
            Target::Safety => "safety".into(),
            Target::Crisis => "crisis".into(),
            Target::PairWho(n) => format!("safety_pairs[{}].who", n + 1),
            Target::PairWhat(n) => format!("safety_pairs[{}].what", n + 1),
            Target::Past => "resolved.past".into(),
            Target::Settled => "resolved.settled".into(),
            Target::Again => "resolved.again".into(),
            Target::When(w) => format!("when.{}", w.as_str()),
        }
    }
}

/// A strong term concludes its domain alone; a weak one counts half.
const STRONG_HALVES: u8 = 2;
const WEAK_HALVES: u8 = 1;

#[derive(Debug, Clone)]
pub struct Term {
    pub words: Vec<WordPat>,
    pub target: Target,
    /// The term contains a negation word itself ("niet veilig"): never cancelled.
    pub negated_inside: bool,
    pub source: String,
}

#[derive(Debug, Clone)]
pub struct Lexicon {
    pub lang: String,
    pub markers: Vec<String>,
    /// Each a phrase of folded words ("don't" is "don", "t").
    pub negations: Vec<Vec<String>>,
    /// Words that cancel the term before them (Turkish "intihar düşüncem yok").
    pub negations_after: Vec<String>,
    pub terms: Vec<Term>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLexicon {
    language: String,
    #[serde(default)]
    markers: Vec<String>,
    #[serde(default)]
    negations: Vec<String>,
    #[serde(default)]
    negations_after: Vec<String>,
    domains: BTreeMap<String, RawDomain>,
    #[serde(default)]
    urgency: RawUrgency,
    #[serde(default)]
    crisis: Vec<String>,
    #[serde(default)]
    safety: Vec<String>,
    #[serde(default)]
    safety_pairs: Vec<RawPair>,
    #[serde(default)]
    resolved: RawResolved,
    #[serde(default)]
    when: RawWhen,
}

/// Times named in a message, by how far off they are (see [`When`]).
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawWhen {
    #[serde(default)]
    now: Vec<String>,
    #[serde(default)]
    days: Vec<String>,
    #[serde(default)]
    weeks: Vec<String>,
}

/// Danger that is over: a threat or blow long past that the resident says is
/// settled ("vorig jaar bedreigde mijn ex me, nu is het rustig"). Both halves
/// are needed; either alone is too often a goodbye ("alles is geregeld").
/// Danger heard after the settled words, or `again` words there ("maar
/// gisteren stond hij weer voor de deur"), mean it is not over.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawResolved {
    #[serde(default)]
    past: Vec<String>,
    #[serde(default)]
    settled: Vec<String>,
    #[serde(default)]
    again: Vec<String>,
}

/// Safety when a person and a harm are named in one message ("my landlord ...
/// comes into my room at night"), where neither alone says enough.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPair {
    who: Vec<String>,
    what: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawDomain {
    #[serde(default)]
    strong: Vec<String>,
    #[serde(default)]
    weak: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawUrgency {
    #[serde(default)]
    acute: Vec<String>,
    #[serde(default)]
    soon: Vec<String>,
}

/// Parse one term; Err(reason) when it cannot match sensibly. Words are folded
/// like messages are, so "can't" becomes the two words "can t".
fn parse_term(raw: &str) -> Result<Vec<WordPat>, String> {
    let mut words = Vec::new();
    for w in raw.split_whitespace() {
        if w == "#" {
            words.push(WordPat { text: String::new(), kind: WordKind::Number });
            continue;
        }
        let (infix, prefix) = (w.starts_with('*'), w.ends_with('*'));
        let parts: Vec<String> =
            fold(w.trim_matches('*')).split(' ').filter(|p| !p.is_empty()).map(String::from).collect();
        let n = parts.len();
        if n == 0 {
            return Err(format!("'{w}' has no letters or digits; write words, with `*` only at the ends"));
        }
        if infix && !prefix {
            return Err(format!("'{w}': `*` at the start needs one at the end too (`*word*`)"));
        }
        for (k, core) in parts.into_iter().enumerate() {
            let letters = core.chars().count();
            let kind = if infix && n == 1 {
                if letters < 4 {
                    return Err(format!("'{w}': a `*word*` needs at least 4 letters, or it matches too much"));
                }
                WordKind::Infix
            } else if prefix && k == n - 1 {
                if letters < 3 {
                    return Err(format!("'{w}': a `word*` needs at least 3 letters before the `*`"));
                }
                WordKind::Prefix
            } else if infix && k == 0 {
                return Err(format!("'{w}': `*word*` must be one plain word"));
            } else {
                WordKind::Exact
            };
            words.push(WordPat { text: core, kind });
        }
    }
    if words.is_empty() {
        return Err("empty term".into());
    }
    Ok(words)
}

pub fn parse(src: &Source) -> Result<Lexicon, Vec<Diagnostic>> {
    let raw: RawLexicon = serde_norway::from_str(&src.text).map_err(|e| {
        let line = e.location().map(|l| l.line()).unwrap_or(0);
        let msg = e.to_string();
        vec![Diagnostic::new(
            &src.path,
            line,
            msg.split(" at line ").next().unwrap_or(&msg).to_string(),
            "fix the YAML here (quote terms that contain ': ' or start with '*')",
        )]
    })?;
    let finder = LineFinder::new(&src.text);
    let mut problems = Vec::new();
    let file_lang = src.path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if raw.language != file_lang {
        problems.push(Diagnostic::new(
            &src.path,
            finder.key("language", 1).unwrap_or(0),
            format!("`language: {}` does not match the file name", raw.language),
            format!("write `language: {file_lang}` or rename the file"),
        ));
    }
    let negations: Vec<Vec<String>> = raw
        .negations
        .iter()
        .map(|n| fold(n).split(' ').filter(|w| !w.is_empty()).map(String::from).collect::<Vec<_>>())
        .filter(|n| !n.is_empty())
        .collect();
    let line_of = |term: &str| src.text.lines().position(|l| l.contains(term)).map(|i| i + 1).unwrap_or(0);
    let mut terms = Vec::new();
    let mut add = |list: &[String], target: Target, problems: &mut Vec<Diagnostic>| {
        for raw_term in list {
            match parse_term(raw_term) {
                Ok(words) => {
                    let texts: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
                    let negated_inside =
                        negations.iter().any(|n| texts.windows(n.len()).any(|win| win.iter().eq(n.iter())));
                    terms.push(Term { words, target, negated_inside, source: raw_term.clone() });
                }
                Err(why) => problems.push(Diagnostic::new(&src.path, line_of(raw_term), why, "fix or remove the term")),
            }
        }
    };
    for (name, domain) in &raw.domains {
        let Some(index) = DOMAINS.iter().position(|d| d == name) else {
            problems.push(Diagnostic::new(
                &src.path,
                finder.key(name, 1).unwrap_or(0),
                format!("unknown domain '{name}'"),
                format!("use one of: {}", DOMAINS.join(", ")),
            ));
            continue;
        };
        add(&domain.strong, Target::Domain { index, weight_halves: STRONG_HALVES }, &mut problems);
        add(&domain.weak, Target::Domain { index, weight_halves: WEAK_HALVES }, &mut problems);
    }
    for d in DOMAINS {
        if raw.domains.get(d).is_none_or(|x| x.strong.is_empty()) {
            problems.push(Diagnostic::new(
                &src.path,
                finder.key("domains", 1).unwrap_or(0),
                format!("domain '{d}' has no strong terms"),
                format!("add `{d}: {{ strong: [...] }}` under domains"),
            ));
        }
    }
    add(&raw.urgency.acute, Target::Acute, &mut problems);
    add(&raw.urgency.soon, Target::Soon, &mut problems);
    add(&raw.crisis, Target::Crisis, &mut problems);
    add(&raw.safety, Target::Safety, &mut problems);
    for (n, pair) in raw.safety_pairs.iter().enumerate() {
        add(&pair.who, Target::PairWho(n), &mut problems);
        add(&pair.what, Target::PairWhat(n), &mut problems);
    }
    add(&raw.resolved.past, Target::Past, &mut problems);
    add(&raw.resolved.settled, Target::Settled, &mut problems);
    add(&raw.resolved.again, Target::Again, &mut problems);
    add(&raw.when.now, Target::When(When::Now), &mut problems);
    add(&raw.when.days, Target::When(When::Days), &mut problems);
    add(&raw.when.weeks, Target::When(When::Weeks), &mut problems);
    problems.extend(repeated_terms(&terms, &src.path, &src.text));
    if raw.safety.is_empty() {
        problems.push(Diagnostic::new(
            &src.path,
            0,
            "there are no safety terms",
            "add `safety: [...]`: the safety guard needs them",
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Lexicon {
        lang: raw.language,
        markers: raw.markers.iter().map(|m| fold(m)).filter(|m| !m.is_empty()).collect(),
        negations,
        negations_after: raw.negations_after.iter().map(|m| fold(m)).filter(|m| !m.is_empty()).collect(),
        terms,
    })
}

/// Terms listed where they already are: twice in one list, in a domain's
/// `weak` beside its `strong`, or in `safety:` or `urgency.acute` beside
/// `crisis:`, which is both. Matching does not
/// change, but a doubled alarm term weighs twice in the safety score, and an
/// editor who removes a term that misleads leaves its twin working.
fn repeated_terms(terms: &[Term], path: &Path, text: &str) -> Vec<Diagnostic> {
    // `crisis:` first: it counts in `safety:` and `urgency.acute` wherever
    // the file lists it.
    let mut in_order: Vec<&Term> = terms.iter().collect();
    in_order.sort_by_key(|t| t.target != Target::Crisis);
    // (list, the term as matched: folded words and wildcards) -> the list that has it first
    let mut seen: std::collections::HashMap<(String, String), String> = std::collections::HashMap::new();
    let mut problems = Vec::new();
    for term in in_order {
        let (list, source) = (term.target.list_name(), &term.source);
        let key = format!("{:?}", term.words);
        if let Some(first) = seen.get(&(list.clone(), key.clone())) {
            let why = if *first == list {
                format!("'{source}' is listed twice in `{list}`")
            } else {
                format!("'{source}' is in `{list}` and already counts there from `{first}`")
            };
            let line = last_line_with(text, &list, source);
            problems.push(Diagnostic::new(path, line, why, format!("remove '{source}' from `{list}` here")));
            continue;
        }
        // A crisis term counts in `safety:` and `urgency.acute` too, and a
        // domain's strong term in its weak list (the stronger weight wins).
        let mut counts_in = vec![list.clone()];
        match term.target {
            Target::Crisis => counts_in.extend(["safety".to_string(), "urgency.acute".to_string()]),
            Target::Domain { index, weight_halves: STRONG_HALVES } => {
                counts_in.push(Target::Domain { index, weight_halves: WEAK_HALVES }.list_name())
            }
            _ => {}
        }
        for c in counts_in {
            seen.entry((c, key.clone())).or_insert_with(|| list.clone());
        }
    }
    problems
}

/// The lines (0-based, end exclusive) that hold `list` ("domains.money",
/// "urgency.acute", "safety_pairs[2].what", "crisis"): from its key to the
/// next key indented as far or less. None when the file is written in a
/// style this does not follow.
fn list_lines(lines: &[&str], list: &str) -> Option<std::ops::Range<usize>> {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let is_key = |l: &str, key: &str| l.trim_start().trim_start_matches("- ").starts_with(&format!("{key}:"));
    let find = |key: &str, from: usize| (from..lines.len()).find(|&i| is_key(lines[i], key));
    // `safety:` is also a domain: the first key of a path is at the top.
    let top = |key: &str| (0..lines.len()).find(|&i| indent(lines[i]) == 0 && is_key(lines[i], key));
    let end_after = |start: usize| {
        let own = indent(lines[start]);
        let next = (start + 1..lines.len()).find(|&i| {
            let t = lines[i].trim_start();
            !t.is_empty() && !t.starts_with('#') && indent(lines[i]) <= own && t.contains(':') && !t.starts_with('"')
        });
        start..next.unwrap_or(lines.len())
    };
    if let Some(rest) = list.strip_prefix("safety_pairs[") {
        let (n, half) = rest.split_once("].")?;
        let pairs = top("safety_pairs")?;
        let mut at = pairs;
        for _ in 0..n.parse::<usize>().ok()? {
            at = find("who", at + 1)?;
        }
        let start = if half == "who" { at } else { find("what", at)? };
        let end = (start + 1..lines.len()).find(|&i| is_key(lines[i], "what") || is_key(lines[i], "who"));
        return Some(start..end.unwrap_or(lines.len()).min(end_after(pairs).end));
    }
    let mut keys = list.split('.');
    let mut start = top(keys.next()?)?;
    for key in keys {
        // `money: { strong: [...] }` keeps its lists on its own line.
        if !lines[start].contains(&format!("{{ {key}:")) && !lines[start].contains(&format!(", {key}:")) {
            start = find(key, start)?;
        }
    }
    Some(end_after(start))
}

/// The last line of `list` with `"term"` (quoted) or the bare term on it:
/// where a repeat most likely is.
fn last_line_with(text: &str, list: &str, term: &str) -> usize {
    let quoted = format!("\"{term}\"");
    let lines: Vec<&str> = text.lines().collect();
    let last_in = |range: std::ops::Range<usize>| {
        let within = &lines[range.clone()];
        within
            .iter()
            .rposition(|l| l.contains(&quoted))
            .or_else(|| within.iter().rposition(|l| l.contains(term)))
            .map(|i| range.start + i + 1)
    };
    list_lines(&lines, list).and_then(&last_in).or_else(|| last_in(0..lines.len())).unwrap_or(0)
}

/// The lexicons in `dialogs/triage/`, and the models beside them if there are.
pub fn read_dir(dialogs: &Path) -> Result<Vec<Source>, Diagnostic> {
    let dir = dialogs.join("triage");
    let mut sources = crate::script::read_optional_dir(&dir)?;
    for name in [super::model::FILE_NAME, super::domain_model::FILE_NAME] {
        let model = dir.join(name);
        if model.is_file() {
            let text = std::fs::read_to_string(&model).map_err(|e| {
                Diagnostic::new(&model, 0, format!("cannot read the file: {e}"), "check that it is UTF-8 text")
            })?;
            sources.push(Source { path: model, text });
        }
    }
    Ok(sources)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_is_digits_or_a_day_written_as_an_ordinal() {
        let n = WordPat { text: "#".into(), kind: WordKind::Number };
        for yes in ["20", "20e", "1ste", "15th", "3rd", "2nd"] {
            assert!(n.matches(yes), "{yes}");
        }
        for no in ["", "e", "20euro", "20x", "twintig", "20ee"] {
            assert!(!n.matches(no), "{no}");
        }
    }

    #[test]
    fn a_term_listed_where_it_already_is_is_a_problem_that_names_its_line() {
        let text = "language: nl\ndomains:\n  money: { strong: [schuld*, Schuld*], weak: [brief] }\n\
                    \x20 health:\n    strong: [ziek]\n    weak: [moe, ziek]\n\
                    crisis: [\"wil dood\"]\nsafety: [slaat,\n  \"wil dood\"]\n";
        let src = Source { path: "nl.yaml".into(), text: text.into() };
        let problems = parse(&src).unwrap_err();
        let found: Vec<(usize, &str)> = problems
            .iter()
            .filter(|d| d.message.contains("twice") || d.message.contains("already counts"))
            .map(|d| (d.line, d.message.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (6, "'ziek' is in `domains.health.weak` and already counts there from `domains.health.strong`"),
                (3, "'Schuld*' is listed twice in `domains.money.strong`"),
                (9, "'wil dood' is in `safety` and already counts there from `crisis`"),
            ]
        );
    }

    #[test]
    fn parses_term_syntax() {
        assert_eq!(parse_term("schuld*").unwrap()[0].kind, WordKind::Prefix);
        assert_eq!(parse_term("*rekening*").unwrap()[0].kind, WordKind::Infix);
        assert_eq!(parse_term("Geen Geld").unwrap().len(), 2);
        assert_eq!(parse_term("binnen # dagen").unwrap()[1].kind, WordKind::Number);
        assert!(parse_term("ab*").is_err());
        assert!(parse_term("*abc*").is_err());
        assert!(parse_term("*abc").is_err());
        assert!(parse_term("💶").is_err());
        let cant = parse_term("can't pay*").unwrap();
        assert_eq!(cant.iter().map(|w| w.text.as_str()).collect::<Vec<_>>(), ["can", "t", "pay"]);
        assert_eq!(cant[2].kind, WordKind::Prefix);
    }
}
