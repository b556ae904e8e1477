//! Problems found in files that people edit, said as `file:line: what; how to fix`.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based; 0 when the problem is about the whole file.
    pub line: usize,
    pub message: String,
    pub fix: String,
}

impl Diagnostic {
    pub fn new(file: &Path, line: usize, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Diagnostic { file: file.to_path_buf(), line, message: message.into(), fix: fix.into() }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        write!(f, ": {}", self.message)?;
        if !self.fix.is_empty() {
            write!(f, "; {}", self.fix)?;
        }
        Ok(())
    }
}

/// Finds the line of a key in a YAML text, so that errors found after parsing
/// (an unknown step, say) can still point at the line to edit.
pub struct LineFinder<'a> {
    lines: Vec<&'a str>,
}

impl<'a> LineFinder<'a> {
    pub fn new(text: &'a str) -> Self {
        LineFinder { lines: text.lines().collect() }
    }

    /// First line at or after `from` (1-based) reading `key: value`, with or
    /// without a list dash or quotes around the value.
    pub fn key_value(&self, key: &str, value: &str, from: usize) -> Option<usize> {
        self.find(from, |l| {
            let l = l.trim_start().trim_start_matches("- ").trim();
            let Some(rest) = l.strip_prefix(key).and_then(|r| r.strip_prefix(':')) else {
                return false;
            };
            let rest = rest.split(" #").next().unwrap_or("").trim().trim_matches(|c| c == '"' || c == '\'');
            rest == value
        })
    }

    /// First line at or after `from` that opens the mapping `key:`.
    pub fn key(&self, key: &str, from: usize) -> Option<usize> {
        self.find(from, |l| {
            let l = l.trim_start().trim_start_matches("- ");
            l.strip_prefix(key).is_some_and(|r| r.starts_with(':'))
        })
    }

    fn find(&self, from: usize, pred: impl Fn(&str) -> bool) -> Option<usize> {
        let start = from.saturating_sub(1);
        self.lines.iter().enumerate().skip(start).find(|(_, l)| pred(l)).map(|(i, _)| i + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_keys_and_values() {
        let text = "flows:\n  intake:\n    steps:\n      - id: welcome\n        say: hi\n      - id: 'two'\n        goto: welcome # back\n";
        let f = LineFinder::new(text);
        assert_eq!(f.key("intake", 1), Some(2));
        assert_eq!(f.key_value("id", "welcome", 1), Some(4));
        assert_eq!(f.key_value("id", "two", 1), Some(6));
        assert_eq!(f.key_value("goto", "welcome", 6), Some(7));
        assert_eq!(f.key_value("id", "welcome", 5), None);
    }

    #[test]
    fn displays_file_line_message_fix() {
        let d = Diagnostic::new(Path::new("dialogs/a.yaml"), 3, "unknown step 'x'", "use one of: a, b");
        assert_eq!(d.to_string(), "dialogs/a.yaml:3: unknown step 'x'; use one of: a, b");
    }
}
