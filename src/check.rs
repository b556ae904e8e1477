//! `luisterloket check`: everything people edit, checked together. Each problem
//! names file, line, what is wrong and how to fix it; the report also says,
//! per locale, how complete it is.

use crate::content::{Content, Sources};
use crate::engine::BUILTIN_MESSAGES;
use crate::i18n::{Catalog, SOURCE_LANG};
use crate::script::{self, Diagnostic, Script, StepKind};
use crate::triage::Triage;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::PathBuf;

#[derive(Debug, Default)]
pub struct Report {
    pub problems: Vec<Diagnostic>,
    pub locales: Vec<LocaleStatus>,
}

#[derive(Debug)]
pub struct LocaleStatus {
    pub lang: String,
    /// Messages of the source language this locale has.
    pub present: usize,
    pub total: usize,
    pub missing: Vec<String>,
    /// Messages the source language does not have (typos, leftovers).
    pub extra: Vec<String>,
}

impl fmt::Display for LocaleStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pct = if self.total == 0 { 100.0 } else { 100.0 * self.present as f64 / self.total as f64 };
        write!(f, "locale {}: {}/{} messages ({pct:.0}%)", self.lang, self.present, self.total)?;
        if !self.missing.is_empty() {
            write!(f, "; lacks: {}", self.missing.join(", "))?;
        }
        if !self.extra.is_empty() {
            write!(f, "; not in {SOURCE_LANG}: {}", self.extra.join(", "))?;
        }
        Ok(())
    }
}

/// Where a message is used and which variables that place passes to it.
struct Use {
    file: PathBuf,
    line: usize,
    provides: BTreeSet<String>,
}

fn message_uses(script: &Script) -> BTreeMap<String, Vec<Use>> {
    let mut uses: BTreeMap<String, Vec<Use>> = BTreeMap::new();
    let desk_file = script.desk.file.clone();
    for (id, vars) in BUILTIN_MESSAGES {
        uses.entry(id.to_string()).or_default().push(Use {
            file: desk_file.clone(),
            line: 0,
            provides: vars.iter().map(|v| v.to_string()).collect(),
        });
    }
    // The chat app's command menu: one description per interrupt.
    for i in crate::script::Interrupt::ALL {
        uses.entry(format!("menu-{}", i.name())).or_default().push(Use {
            file: desk_file.clone(),
            line: 0,
            provides: BTreeSet::new(),
        });
    }
    for flow in script.flows.values() {
        for step in &flow.steps {
            let mut add = |id: &str, provides: BTreeSet<String>| {
                uses.entry(id.to_string()).or_default().push(Use {
                    file: flow.file.clone(),
                    line: step.line,
                    provides,
                });
            };
            match &step.kind {
                StepKind::Say(m) | StepKind::Summary(m) | StepKind::End(m) => {
                    add(&m.id, m.args.keys().cloned().collect())
                }
                StepKind::Ask(a) => {
                    add(&a.question.id, a.question.args.keys().cloned().collect());
                    for c in &a.choices {
                        add(&c.label, BTreeSet::new());
                    }
                    if let Some(l) = &a.label {
                        add(l, BTreeSet::new());
                    }
                    add(a.invalid_message(), BTreeSet::new());
                }
                _ => {}
            }
        }
    }
    uses
}

/// Check dialogs, triage lexicons and locales together. Returns the loaded
/// content when it could be built at all (even with problems), and the report.
pub fn check(sources: &Sources) -> (Option<Content>, Report) {
    let mut report = Report::default();
    let (catalog, mut locale_problems) = Catalog::load(&sources.locales);
    report.problems.append(&mut locale_problems);
    let triage = match Triage::load(&sources.triage) {
        Ok(t) => Some(t),
        Err(mut problems) => {
            report.problems.append(&mut problems);
            None
        }
    };

    let script = match script::load(&sources.dialogs) {
        Ok(s) => s,
        Err(mut problems) => {
            report.problems.append(&mut problems);
            report.locales = completeness(&catalog, &[]);
            return (None, report);
        }
    };

    let languages = script.desk.languages.clone();
    for lang in &languages {
        if !catalog.messages.contains_key(lang) {
            report.problems.push(Diagnostic::new(
                &script.desk.file,
                0,
                format!("language '{lang}' is listed but has no texts"),
                format!("add locales/{lang}/ with .ftl files (copy locales/{SOURCE_LANG}/ and translate), or remove it from languages"),
            ));
        }
    }

    for (id, places) in message_uses(&script) {
        let first = &places[0];
        for lang in languages.iter().filter(|l| catalog.messages.contains_key(*l)) {
            match catalog.messages[lang].get(&id) {
                None => {
                    let source = catalog
                        .messages
                        .get(SOURCE_LANG)
                        .and_then(|m| m.get(&id))
                        .map(|i| format!(" (the {SOURCE_LANG} text is at {}:{})", i.file.display(), i.line))
                        .unwrap_or_default();
                    report.problems.push(Diagnostic::new(
                        &first.file,
                        first.line,
                        format!("message '{id}' is missing in locale '{lang}'"),
                        format!("add `{id} = ...` to a file in locales/{lang}/{source}"),
                    ));
                }
                Some(info) => {
                    for place in &places {
                        for var in info.variables.difference(&place.provides) {
                            let at = if place.line > 0 {
                                format!("{}:{}", place.file.display(), place.line)
                            } else {
                                "the engine".to_string()
                            };
                            report.problems.push(Diagnostic::new(
                                &info.file,
                                info.line,
                                format!("message '{id}' uses {{ ${var} }}, but {at} does not provide it"),
                                format!(
                                    "remove {{ ${var} }} or pass it from the step with `args: {{ {var}: variable }}`"
                                ),
                            ));
                        }
                    }
                }
            }
        }
    }
    if let Some(t) = &triage {
        for lang in &languages {
            if !t.languages().contains(&lang.as_str()) {
                report.problems.push(Diagnostic::new(
                    &script.desk.file,
                    0,
                    format!("language '{lang}' has no triage lexicon"),
                    format!("add dialogs/triage/{lang}.yaml (see dialogs/triage/README.md)"),
                ));
            }
        }
    }
    let directory = match crate::directory::load(&sources.directory, &languages) {
        Ok(d) => d,
        Err(mut problems) => {
            report.problems.append(&mut problems);
            Default::default()
        }
    };
    report.locales = completeness(&catalog, &languages);
    let content = triage.map(|triage| Content { script, texts: catalog, triage, directory });
    (content, report)
}

fn completeness(catalog: &Catalog, languages: &[String]) -> Vec<LocaleStatus> {
    let Some(source) = catalog.messages.get(SOURCE_LANG) else {
        return Vec::new();
    };
    let mut langs: BTreeSet<&String> = catalog.languages().collect();
    langs.extend(languages.iter());
    langs
        .into_iter()
        .map(|lang| {
            let empty = BTreeMap::new();
            let have = catalog.messages.get(lang).unwrap_or(&empty);
            let missing: Vec<String> = source.keys().filter(|k| !have.contains_key(*k)).cloned().collect();
            let extra: Vec<String> = have.keys().filter(|k| !source.contains_key(*k)).cloned().collect();
            LocaleStatus {
                lang: lang.clone(),
                present: source.len() - missing.len(),
                total: source.len(),
                missing,
                extra,
            }
        })
        .collect()
}
