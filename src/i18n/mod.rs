//! Fluent message catalogs per locale, with `nl` as source and fallback.
//!
//! Every sentence a resident or worker reads comes from here. Loading never
//! fails as a whole: a broken file is reported (file, line, fix) and the rest
//! of the catalog still works, so the bot can keep talking.

use crate::script::{Diagnostic, Source};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;

/// The language every other language falls back to.
pub const SOURCE_LANG: &str = "nl";

/// Languages written right to left: their placeables get bidi isolation marks.
const RTL: [&str; 4] = ["ar", "fa", "he", "ur"];

pub fn is_rtl(lang: &str) -> bool {
    RTL.contains(&lang)
}

/// Where a message is defined and which variables it reads.
#[derive(Debug, Clone)]
pub struct MessageInfo {
    pub file: PathBuf,
    pub line: usize,
    pub variables: BTreeSet<String>,
}

pub struct Catalog {
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    /// lang -> message id -> info
    pub messages: BTreeMap<String, BTreeMap<String, MessageInfo>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("languages", &self.messages.keys().collect::<Vec<_>>()).finish()
    }
}

/// Read `DIR/<lang>/*.ftl`, returning (lang, source) pairs.
pub fn read_dir(dir: &Path) -> Result<Vec<(String, Source)>, Diagnostic> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        Diagnostic::new(dir, 0, format!("cannot read the locales folder: {e}"), "pass the right folder with --locales")
    })?;
    let mut out = Vec::new();
    for lang_dir in entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()) {
        let Some(lang) = lang_dir.file_name().and_then(|n| n.to_str()).map(str::to_string) else {
            continue;
        };
        let files = std::fs::read_dir(&lang_dir).map_err(|e| {
            Diagnostic::new(&lang_dir, 0, format!("cannot read the folder: {e}"), "check its permissions")
        })?;
        for path in files.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "ftl")) {
            let text = std::fs::read_to_string(&path).map_err(|e| {
                Diagnostic::new(&path, 0, format!("cannot read the file: {e}"), "check that it is UTF-8 text")
            })?;
            out.push((lang.clone(), Source { path, text }));
        }
    }
    out.sort_by(|a, b| a.1.path.cmp(&b.1.path));
    Ok(out)
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

fn message_line(text: &str, id: &str) -> usize {
    text.lines()
        .position(|l| l.strip_prefix(id).is_some_and(|r| r.trim_start().starts_with('=')))
        .map(|i| i + 1)
        .unwrap_or(0)
}

impl Catalog {
    /// Build the catalog. Problems (syntax errors, duplicate ids) come back as
    /// diagnostics; the messages that did parse are still usable.
    pub fn load(sources: &[(String, Source)]) -> (Catalog, Vec<Diagnostic>) {
        let mut problems = Vec::new();
        let mut bundles: HashMap<String, FluentBundle<FluentResource>> = HashMap::new();
        let mut messages: BTreeMap<String, BTreeMap<String, MessageInfo>> = BTreeMap::new();
        for (lang, src) in sources {
            let langid: LanguageIdentifier = match lang.parse() {
                Ok(l) => l,
                Err(_) => {
                    problems.push(Diagnostic::new(
                        &src.path,
                        0,
                        format!("'{lang}' is not a language code"),
                        "name the folder with a code like nl, en or ar",
                    ));
                    continue;
                }
            };
            // Parse once for line numbers and variables (fluent-syntax) ...
            let parsed = match fluent_syntax::parser::parse(src.text.as_str()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        problems.push(Diagnostic::new(
                            &src.path,
                            line_of(&src.text, e.slice.as_ref().map(|s| s.start).unwrap_or(e.pos.start)),
                            format!("Fluent syntax: {}", e.kind),
                            "write messages as `id = text`, continue lines with 4 spaces of indent",
                        ));
                    }
                    r
                }
            };
            let lang_messages = messages.entry(lang.clone()).or_default();
            for entry in &parsed.body {
                if let ast::Entry::Message(m) = entry {
                    let id = m.id.name.to_string();
                    let mut variables = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_variables(p, &mut variables);
                    }
                    for a in &m.attributes {
                        pattern_variables(&a.value, &mut variables);
                    }
                    let line = message_line(&src.text, &id);
                    if let Some(first) = lang_messages.get(&id) {
                        problems.push(Diagnostic::new(
                            &src.path,
                            line,
                            format!("message '{id}' is defined twice (also {}:{})", first.file.display(), first.line),
                            "keep one of them",
                        ));
                        continue;
                    }
                    lang_messages.insert(id, MessageInfo { file: src.path.clone(), line, variables });
                }
            }
            // ... and once more into the bundle that formats (fluent-bundle).
            let resource = match FluentResource::try_new(src.text.clone()) {
                Ok(r) => r,
                Err((r, _)) => r, // already reported above
            };
            let bundle = bundles.entry(lang.clone()).or_insert_with(|| {
                let mut b = FluentBundle::new_concurrent(vec![langid]);
                // Isolation marks keep an LTR name inside RTL text readable;
                // in LTR languages they only add invisible noise.
                b.set_use_isolating(is_rtl(lang));
                b
            });
            bundle.add_resource_overriding(resource);
        }
        (Catalog { bundles, messages }, problems)
    }

    pub fn languages(&self) -> impl Iterator<Item = &String> {
        self.messages.keys()
    }

    pub fn has(&self, lang: &str, id: &str) -> bool {
        self.messages.get(lang).is_some_and(|m| m.contains_key(id))
    }

    /// Format a message in `lang`, falling back to `nl`, then to the id itself
    /// in brackets (visible, so a missing text is noticed, never a crash).
    pub fn render(&self, lang: &str, id: &str, args: &[(&str, String)]) -> String {
        for l in [lang, SOURCE_LANG] {
            let Some(bundle) = self.bundles.get(l) else {
                continue;
            };
            let Some(msg) = bundle.get_message(id) else {
                continue;
            };
            let Some(pattern) = msg.value() else { continue };
            let mut fargs = FluentArgs::new();
            for (k, v) in args {
                fargs.set(*k, v.clone());
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            if !errors.is_empty() {
                // Never log the arguments: they may hold what the resident said.
                tracing::warn!(lang = l, id, errors = errors.len(), "message formatted with errors");
            }
            return text.into_owned();
        }
        tracing::error!(lang, id, "message missing in every language");
        format!("[{id}]")
    }
}

fn pattern_variables<S: ToString>(p: &ast::Pattern<S>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables<S: ToString>(e: &ast::Expression<S>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_variables(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
    }
}

fn inline_variables<S: ToString>(e: &ast::InlineExpression<S>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => call_variables(arguments, out),
        ast::InlineExpression::TermReference { arguments: Some(a), .. } => call_variables(a, out),
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn call_variables<S: ToString>(a: &ast::CallArguments<S>, out: &mut BTreeSet<String>) {
    for p in &a.positional {
        inline_variables(p, out);
    }
    for n in &a.named {
        inline_variables(&n.value, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(lang: &str, text: &str) -> (String, Source) {
        (lang.into(), Source { path: PathBuf::from(format!("locales/{lang}/t.ftl")), text: text.into() })
    }

    #[test]
    fn renders_with_fallback_and_variables() {
        let (c, problems) = Catalog::load(&[
            src("nl", "hi = Hallo { $name }!\nonly-nl = Alleen Nederlands\n"),
            src("en", "hi = Hello { $name }!\n"),
            src("ar", "hi = مرحبا { $name }\n"),
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(c.render("en", "hi", &[("name", "Ayla".into())]), "Hello Ayla!");
        assert_eq!(c.render("en", "only-nl", &[]), "Alleen Nederlands");
        assert_eq!(c.render("ar", "hi", &[("name", "Ayla".into())]), "مرحبا \u{2068}Ayla\u{2069}");
        assert_eq!(c.render("en", "nope", &[]), "[nope]");
        assert_eq!(c.messages["nl"]["hi"].variables.iter().collect::<Vec<_>>(), vec!["name"]);
        assert_eq!(c.messages["nl"]["only-nl"].line, 2);
    }

    #[test]
    fn reports_syntax_errors_with_line_and_keeps_the_rest() {
        let (c, problems) =
            Catalog::load(&[src("nl", "good = Goed\nbad text without an equals sign\nalso-good = Ook goed\n")]);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].line, 2);
        assert_eq!(c.render("nl", "good", &[]), "Goed");
        assert_eq!(c.render("nl", "also-good", &[]), "Ook goed");
    }
}
