//! Text helpers shared by the engine and the loaders: cleaning what people type
//! and folding it for comparison. Pure functions, no allocation tricks.

/// Characters that are invisible but change how text compares or displays:
/// zero-width spaces and joiners, the BOM, and bidi controls. People paste them
/// without knowing (copied from another app, or an RTL keyboard adds them).
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' |
        '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{00AD}')
}

/// What the resident typed, without invisible characters and with trimmed,
/// single spaces. This is what is stored as their own words.
pub fn clean(input: &str) -> String {
    let visible: String = input.chars().filter(|c| !is_invisible(*c)).collect();
    let mut out = String::with_capacity(visible.len());
    for (i, line) in visible.lines().map(str::trim).filter(|l| !l.is_empty()).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut last_space = false;
        for c in line.chars() {
            if c.is_whitespace() {
                if !last_space {
                    out.push(' ');
                }
                last_space = true;
            } else {
                out.push(c);
                last_space = false;
            }
        }
    }
    out
}

/// Lower case, without diacritics, emoji or punctuation, single spaces: the
/// form in which a typed answer is compared with a button label or a word list.
pub fn fold(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut pending_space = false;
    for c in input.chars().flat_map(char::to_lowercase) {
        // Combining marks: accents typed as separate characters, and the dot
        // that lower-casing leaves on Turkish "İ" ("İntihar" -> "intihar").
        if ('\u{0300}'..='\u{036F}').contains(&c) {
            continue;
        }
        if is_arabic_diacritic(c) || c == 'ـ' {
            // harakat and tatweel: optional in Arabic writing, never meaningful for matching
            continue;
        }
        // Arabic-Indic and Persian digits: "١٤ يوم" is "14 يوم".
        let c = match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            c => c,
        };
        if let Some(base) = strip_diacritic(c) {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push_str(base);
        } else if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else {
            // spaces, punctuation, emoji: all separate words
            pending_space = true;
        }
    }
    out
}

fn is_arabic_diacritic(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}')
}

/// Latin letters with diacritics used in the shipped languages and in names,
/// mapped to their base; Arabic letter variants to their common form.
fn strip_diacritic(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' => "a",
        'ç' | 'ć' | 'č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'İ' => "i",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' => "u",
        'ý' | 'ÿ' => "y",
        'ś' | 'š' | 'ş' => "s",
        'ź' | 'ż' | 'ž' => "z",
        'ł' => "l",
        'ğ' => "g",
        'ř' => "r",
        'ß' => "ss",
        'أ' | 'إ' | 'آ' | 'ٱ' => "ا",
        'ى' => "ي",
        'ة' => "ه",
        'ґ' => "г",
        'ё' => "е",
        _ => return None,
    })
}

/// Cut a long text for display, on a character boundary, with an ellipsis.
pub fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    s.push('…');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_removes_invisible_and_extra_space() {
        assert_eq!(clean("  ja\u{200B} \u{FEFF} graag  "), "ja graag");
        assert_eq!(clean("\u{200B}\u{200D}"), "");
        assert_eq!(clean("regel 1\n\n  regel   2 "), "regel 1\nregel 2");
        assert_eq!(clean("\u{202B}مرحبا\u{202C}"), "مرحبا");
    }

    #[test]
    fn fold_compares_like_people_do() {
        assert_eq!(fold("💶 Geld en Rekeningen!"), "geld en rekeningen");
        assert_eq!(fold("Türkçe"), "turkce");
        assert_eq!(fold("Człowiek"), "czlowiek");
        assert_eq!(fold("ОК, Так"), "ок так");
        assert_eq!(fold("نَعَم"), "نعم");
        assert_eq!(fold("أيوه"), "ايوه");
        assert_eq!(fold("😀😀"), "");
        assert_eq!(fold("1, 3"), "1 3");
        assert_eq!(fold("İntihar"), "intihar");
        assert_eq!(fold("Cafe\u{301}"), "cafe");
    }

    #[test]
    fn shorten_keeps_characters_whole() {
        assert_eq!(shorten("abc", 5), "abc");
        assert_eq!(shorten("ééééé", 3), "éé…");
    }
}
