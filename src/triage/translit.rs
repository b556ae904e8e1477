//! Ukrainian typed in Latin letters: "ya bilshe ne mozhu", "ja ne mohu",
//! "shcho robyty", "scho robiti". A phone without a Cyrillic keyboard, or a
//! resident who never learned one, writes Ukrainian like this, and each
//! writer spells it a little differently.
//!
//! Instead of guessing the one right Cyrillic spelling, both sides are read
//! as a *skeleton*: the Ukrainian lexicon's words, and the Latin words
//! written out in Cyrillic, each with the letters that Latin spellings mix
//! up merged into one (и і ї й ы are all "і"; я is "іа", so "ya", "ja" and
//! "ia" agree; щ is "шч"; soft signs drop; doubled letters are one). The
//! only letter left ambiguous is "h", which is г in Ukrainian spelling
//! ("dopomoha") and х in Russian-style chat ("hochu"): a word with an "h"
//! is tried both ways.

use super::lexicon::Lexicon;
use super::matcher::Token;

/// The skeleton of a folded Cyrillic word.
pub fn cyrillic_skeleton(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'и' | 'і' | 'ї' | 'й' | 'ы' => out.push('і'),
            'я' => out.push_str("іа"),
            'ю' => out.push_str("іу"),
            'є' => out.push_str("іе"),
            'ё' => out.push_str("іо"),
            'э' => out.push('е'),
            'щ' => out.push_str("шч"),
            'ґ' => out.push('г'),
            'ь' | 'ъ' | 'ʼ' | '\'' | '’' => {}
            c => out.push(c),
        }
    }
    collapse_doubles(&out)
}

/// "лл" is "л": people write doubled letters single and single ones doubled.
fn collapse_doubles(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last = None;
    for c in s.chars() {
        if Some(c) != last {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

/// Latin spellings of one Cyrillic letter, longest first so "shch" is not
/// read as "sh" + "ch". Polish-style "cz" and "sz" are left out on purpose:
/// they would make Polish read as Ukrainian ("szkola" as "школа").
const DIGRAPHS: [(&str, &str); 7] =
    [("shch", "шч"), ("sch", "шч"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц")];

fn single(c: char, h: char) -> Option<char> {
    Some(match c {
        'a' => 'а',
        'b' => 'б',
        'c' => 'ц',
        'd' => 'д',
        'e' => 'е',
        'f' => 'ф',
        'g' => 'г',
        'h' => h,
        'i' | 'j' | 'y' => 'і',
        'k' | 'q' => 'к',
        'l' => 'л',
        'm' => 'м',
        'n' => 'н',
        'o' => 'о',
        'p' => 'п',
        'r' => 'р',
        's' => 'с',
        't' => 'т',
        'u' => 'у',
        'v' | 'w' => 'в',
        'x' => 'х',
        'z' => 'з',
        _ => return None,
    })
}

fn latin_skeleton_with(word: &str, h: char) -> Option<String> {
    let mut out = String::with_capacity(word.len() * 2);
    let mut rest = word;
    'next: while let Some(c) = rest.chars().next() {
        for (latin, cyrillic) in DIGRAPHS {
            if let Some(after) = rest.strip_prefix(latin) {
                out.push_str(cyrillic);
                rest = after;
                continue 'next;
            }
        }
        out.push(single(c, h)?);
        rest = &rest[c.len_utf8()..];
    }
    Some(collapse_doubles(&out))
}

/// The skeletons a folded Latin word may be as Ukrainian: "h" as г first,
/// then as х. None when the word has anything but Latin letters (a number,
/// a word in another script).
pub fn latin_skeletons(word: &str) -> Option<Vec<String>> {
    let first = latin_skeleton_with(word, 'г')?;
    let mut forms = vec![first];
    if word.contains('h') {
        let other = latin_skeleton_with(word, 'х')?;
        if other != forms[0] {
            forms.push(other);
        }
    }
    Some(forms)
}

/// The message's words as Ukrainian skeletons, keeping the clauses the
/// Latin reading found. Words that are not Latin letters (numbers) are kept
/// as they are, so `#` terms still see them.
pub fn skeleton_tokens(latin: &[Token]) -> Vec<Token> {
    latin
        .iter()
        .map(|t| match latin_skeletons(&t.forms[0]) {
            Some(forms) => Token { forms, written: t.written.clone(), clause: t.clause },
            None => t.clone(),
        })
        .collect()
}

/// The Ukrainian lexicon with every word, marker and negation as a
/// skeleton: what Latin-letter Ukrainian is matched against.
pub fn skeleton_lexicon(uk: &Lexicon) -> Lexicon {
    let mut l = uk.clone();
    l.markers = l.markers.iter().map(|m| cyrillic_skeleton(m)).collect();
    l.negations = l.negations.iter().map(|n| n.iter().map(|w| cyrillic_skeleton(w)).collect()).collect();
    l.negations_after = l.negations_after.iter().map(|w| cyrillic_skeleton(w)).collect();
    for term in &mut l.terms {
        for w in &mut term.words {
            w.text = cyrillic_skeleton(&w.text);
        }
    }
    l
}

/// A best guess at how a folded Latin word is written in Ukrainian
/// Cyrillic, for the models: they learned Ukrainian from Cyrillic messages
/// and read letter pieces, so a near miss ("білше" for "більше") still
/// shares most of them. Matching uses the skeletons, not this.
pub fn to_cyrillic(word: &str) -> String {
    let vowel = |c: char| "aeiouy".contains(c);
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        let prev_vowel = i > 0 && vowel(chars[i - 1]);
        let digraph = DIGRAPHS.iter().find(|(latin, _)| latin.chars().eq(chars[i..].iter().copied().take(latin.len())));
        if let Some((latin, cyrillic)) = digraph {
            // The skeleton spells щ as "шч"; written out it is one letter.
            out.push_str(match *cyrillic {
                "шч" => "щ",
                c => c,
            });
            i += latin.len();
            continue;
        }
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        // "ya", "ja", "ia" are я; "yu" ю; "ye", "ie" є; "yi" ї, but "yi"
        // ending a word after a consonant is "ий" ("dobryi").
        if matches!(c, 'y' | 'j' | 'i')
            && let Some(n) = next
            && (c != 'i' || i > 0)
        {
            let two = match n {
                'a' => Some("я"),
                'u' => Some("ю"),
                'e' => Some("є"),
                'o' if c != 'i' => Some("йо"),
                'i' if c != 'i' && (i == 0 || prev_vowel || i + 2 < chars.len()) => Some("ї"),
                _ => None,
            };
            if let Some(two) = two {
                out.push_str(two);
                i += 2;
                continue;
            }
        }
        out.push(match c {
            'y' if prev_vowel => 'й',
            'y' => 'и',
            'i' if prev_vowel && next.is_none() => 'й',
            'i' => 'і',
            'j' => 'й',
            'h' => 'г',
            c => single(c, 'г').unwrap_or(c),
        });
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agree(latin: &str, cyrillic: &str) -> bool {
        let want = cyrillic_skeleton(cyrillic);
        latin_skeletons(latin).is_some_and(|f| f.contains(&want))
    }

    #[test]
    fn latin_spellings_meet_the_cyrillic_word() {
        for (latin, cyrillic) in [
            ("ya", "я"),
            ("ja", "я"),
            ("mozhu", "можу"),
            ("bilshe", "більше"),
            ("shcho", "що"),
            ("scho", "що"),
            ("povidomlennia", "повідомлення"),
            ("povidomlennya", "повідомлення"),
            ("dopomoha", "допомога"),
            ("dopomoga", "допомога"),
            ("hochu", "хочу"),
            ("khochu", "хочу"),
            ("zhyty", "жити"),
            ("zhiti", "жити"),
            ("dyakuyu", "дякую"),
            ("moie", "моє"),
            ("moye", "моє"),
            ("dobryi", "добрий"),
            ("tsoho", "цього"),
            ("yoho", "його"),
        ] {
            assert!(
                agree(latin, cyrillic),
                "{latin} -> {:?} is not {}",
                latin_skeletons(latin),
                cyrillic_skeleton(cyrillic)
            );
        }
    }

    #[test]
    fn a_best_guess_in_cyrillic() {
        for (latin, cyrillic) in [
            ("povidomlennia", "повідомлення"),
            ("ostannie", "останнє"),
            ("moie", "моє"),
            ("dyakuyu", "дякую"),
            ("dobryi", "добрий"),
            ("shcho", "що"),
            ("yikhaty", "їхати"),
            ("zhyttia", "життя"),
        ] {
            assert_eq!(to_cyrillic(latin), cyrillic, "{latin}");
        }
    }

    #[test]
    fn different_words_stay_apart() {
        assert!(!agree("mama", "мене"));
        assert!(!agree("hochu", "хата"));
        assert_eq!(latin_skeletons("112"), None);
        assert_eq!(latin_skeletons("gemeente"), Some(vec!["гемеенте".replace("ее", "е")]));
    }
}
