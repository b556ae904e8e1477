//! Understanding an answer: which button it means, or whether typed text fits
//! the question (yes/no, number, date, phone, postcode, free text).

use crate::script::{Ask, Desk, InputKind};
use crate::text::fold;
use serde_json::Value;

/// A button as shown: the value it stands for and its label in the resident's language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Button {
    pub value: String,
    pub label: String,
}

pub const PERSON: &str = "_person";
pub const LANGUAGE: &str = "_language";
pub const DONE: &str = "_done";

/// Whether an answer may be given as a button's number. Not for questions
/// whose answer is itself a number (a phone number, a date, a count, a story).
pub fn numbered(input: InputKind) -> bool {
    matches!(input, InputKind::Choice | InputKind::Multi | InputKind::YesNo)
}

/// The button `text` means: its number, its value or its label (folded; for
/// choice questions also a unique first word, like "geld" for "Geld en rekeningen").
pub fn match_button<'b>(text: &str, buttons: &'b [Button], by_number: bool) -> Option<&'b Button> {
    let t = text.trim();
    if by_number && let Ok(n) = t.parse::<usize>() {
        return n.checked_sub(1).and_then(|i| buttons.get(i));
    }
    let f = fold(t);
    if f.is_empty() {
        return None;
    }
    if let Some(b) = buttons.iter().find(|b| fold(&b.label) == f || b.value == t || fold(&b.value) == f) {
        return Some(b);
    }
    if by_number {
        let mut prefixed = buttons.iter().filter(|b| {
            let l = fold(&b.label);
            l.split(' ').next() == Some(f.as_str()) || (f.chars().count() >= 4 && l.starts_with(&f))
        });
        if let (Some(b), None) = (prefixed.next(), prefixed.next()) {
            return Some(b);
        }
    }
    None
}

/// Several buttons in one message ("1, 3", "geld en wonen"): all must match.
pub fn match_several<'b>(text: &str, buttons: &'b [Button]) -> Option<Vec<&'b Button>> {
    let f = format!(" {} ", text.to_lowercase());
    let mut s = f;
    for sep in [" en ", " and ", " ve ", " i ", " oraz ", " та ", " і ", " و ", " и "] {
        s = s.replace(sep, ",");
    }
    let s = s.replace([';', '+', '&', '،', '/'], ",");
    let mut parts: Vec<&str> = s.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    if parts.len() == 1 && parts[0].split_whitespace().all(|w| w.chars().all(|c| c.is_ascii_digit())) {
        parts = parts[0].split_whitespace().collect();
    }
    if parts.len() < 2 {
        return None;
    }
    parts.iter().map(|p| match_button(p, buttons, true)).collect()
}

pub fn yes_no(text: &str, desk: &Desk) -> Option<&'static str> {
    let f = fold(text);
    let words: Vec<&str> = f.split(' ').collect();
    let is = |list: &[String]| list.contains(&f) || (words.len() <= 4 && list.iter().any(|w| w == words[0]));
    match (is(&desk.yes_words), is(&desk.no_words)) {
        (true, false) => Some("yes"),
        (false, true) => Some("no"),
        _ => None,
    }
}

/// Typed text checked against the question's input kind; None when it does not fit.
pub fn typed(ask: &Ask, text: &str, desk: &Desk) -> Option<Value> {
    match ask.input {
        InputKind::Choice | InputKind::Multi => None,
        InputKind::YesNo => yes_no(text, desk).map(|v| Value::String(v.into())),
        InputKind::Number => text.trim().parse::<i64>().ok().map(Value::from),
        InputKind::Date => date(text).map(Value::String),
        InputKind::Phone => phone(text).map(Value::String),
        InputKind::Postcode => postcode(text).map(Value::String),
        InputKind::Text => (!text.trim().is_empty()).then(|| Value::String(text.to_string())),
    }
}

/// Dutch ways of writing a date, stored as YYYY-MM-DD.
pub fn date(text: &str) -> Option<String> {
    let t = text.trim();
    ["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d-%m-%y", "%d/%m/%y"]
        .iter()
        .find_map(|f| chrono::NaiveDate::parse_from_str(t, f).ok())
        .map(|d| d.format("%Y-%m-%d").to_string())
}

/// A Dutch or international phone number, stored as +31612345678.
pub fn phone(text: &str) -> Option<String> {
    let t = text.trim();
    if t.chars().any(|c| !(c.is_ascii_digit() || " +-().".contains(c))) {
        return None;
    }
    let digits: String = t.chars().filter(|c| c.is_ascii_digit()).collect();
    let international = t.starts_with('+') || digits.starts_with("00");
    let digits = digits.strip_prefix("00").unwrap_or(&digits).to_string();
    if international {
        if digits.starts_with("31") {
            return (digits.len() == 11).then(|| format!("+{digits}"));
        }
        return (8..=15).contains(&digits.len()).then(|| format!("+{digits}"));
    }
    (digits.len() == 10 && digits.starts_with('0')).then(|| format!("+31{}", &digits[1..]))
}

/// A Dutch postcode, stored as "1234 AB".
pub fn postcode(text: &str) -> Option<String> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
    let (num, letters) = t.split_at_checked(4)?;
    let ok = num.chars().all(|c| c.is_ascii_digit())
        && !num.starts_with('0')
        && letters.len() == 2
        && letters.chars().all(|c| c.is_ascii_uppercase())
        && !["SA", "SD", "SS"].contains(&letters);
    ok.then(|| format!("{num} {letters}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(v: &str, l: &str) -> Button {
        Button { value: v.into(), label: l.into() }
    }

    #[test]
    fn matches_buttons_by_number_value_label_and_first_word() {
        let bs = [b("money", "💶 Geld en rekeningen"), b("housing", "🏠 Wonen"), b("work", "💼 Werk en inkomen")];
        assert_eq!(match_button("2", &bs, true).unwrap().value, "housing");
        assert_eq!(match_button("money", &bs, true).unwrap().value, "money");
        assert_eq!(match_button("geld en rekeningen", &bs, true).unwrap().value, "money");
        assert_eq!(match_button("Geld", &bs, true).unwrap().value, "money");
        assert_eq!(match_button("4", &bs, true), None);
        assert_eq!(match_button("2", &bs, false), None);
        assert_eq!(match_button("😀", &bs, true), None);
        let several: Vec<_> = match_several("1, 3", &bs).unwrap().iter().map(|b| b.value.clone()).collect();
        assert_eq!(several, ["money", "work"]);
        assert_eq!(match_several("geld en wonen", &bs).unwrap().len(), 2);
        assert_eq!(match_several("1 2", &bs).unwrap().len(), 2);
        assert!(match_several("geld en iets anders", &bs).is_none());
        assert!(match_several("1،3", &bs).is_some());
    }

    #[test]
    fn validates_typed_answers() {
        assert_eq!(phone("06 12345678").as_deref(), Some("+31612345678"));
        assert_eq!(phone("+31 6-1234 5678").as_deref(), Some("+31612345678"));
        assert_eq!(phone("0048 123 456 789").as_deref(), Some("+48123456789"));
        assert_eq!(phone("12345"), None);
        assert_eq!(phone("bel me"), None);
        assert_eq!(postcode("1234ab").as_deref(), Some("1234 AB"));
        assert_eq!(postcode(" 3512 jk ").as_deref(), Some("3512 JK"));
        assert_eq!(postcode("0123 AB"), None);
        assert_eq!(postcode("1234 SS"), None);
        assert_eq!(postcode("12345"), None);
        assert_eq!(date("25-12-2026").as_deref(), Some("2026-12-25"));
        assert_eq!(date("2026-02-30"), None);
    }
}
