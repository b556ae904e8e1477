//! Reading `dialogs/*.yaml` into a [`Script`], with `file:line` diagnostics for
//! everything that is wrong with a single file (syntax, unknown keys, bad
//! references). Whole-script rules (reachability, closure) live in `validate`.

use super::diagnostic::{Diagnostic, LineFinder};
use super::expr::Expr;
use super::model::*;
use crate::text::fold;
use serde::Deserialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// One file's name and text. The loader works on these so that the shipped
/// dialogs embedded in the binary and a folder on disk load the same way.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
}

pub const DESK_FILE: &str = "desk.yaml";

/// Read every `*.yaml` file directly in `dir` (sub-folders hold other formats).
pub fn read_dir(dir: &Path) -> Result<Vec<Source>, Diagnostic> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        Diagnostic::new(dir, 0, format!("cannot read the folder: {e}"), "pass the right folder with --dialogs")
    })?;
    let mut sources = Vec::new();
    for path in entries.flatten().map(|e| e.path()) {
        if path.extension().is_some_and(|e| e == "yaml" || e == "yml") && path.is_file() {
            let text = std::fs::read_to_string(&path).map_err(|e| {
                Diagnostic::new(&path, 0, format!("cannot read the file: {e}"), "check that it is UTF-8 text")
            })?;
            sources.push(Source { path, text });
        }
    }
    sources.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(sources)
}

/// Like [`read_dir`], but a folder that does not exist is simply empty.
pub fn read_optional_dir(dir: &Path) -> Result<Vec<Source>, Diagnostic> {
    if dir.is_dir() { read_dir(dir) } else { Ok(Vec::new()) }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDesk {
    start: String,
    languages: Vec<String>,
    interrupts: BTreeMap<Interrupt, String>,
    #[serde(default)]
    commands: BTreeMap<Interrupt, Vec<String>>,
    #[serde(default)]
    phrases: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    #[serde(default)]
    words: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    first_message: Option<FirstMessage>,
    #[serde(default)]
    menu: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    flows: BTreeMap<String, RawFlow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFlow {
    #[serde(default)]
    #[allow(dead_code)]
    description: Option<String>,
    steps: Vec<RawStep>,
}

#[derive(Deserialize)]
struct RawStep {
    id: Option<String>,
    when: Option<String>,
    next: Option<String>,
    // kinds
    say: Option<String>,
    ask: Option<String>,
    branch: Option<Vec<RawArm>>,
    #[serde(rename = "else")]
    otherwise: Option<String>,
    set: Option<BTreeMap<String, Value>>,
    call: Option<String>,
    goto: Option<String>,
    summary: Option<String>,
    case: Option<String>,
    urgency: Option<crate::triage::Urgency>,
    handover: Option<HandoverAction>,
    end: Option<String>,
    // details
    args: Option<BTreeMap<String, String>>,
    input: Option<InputKind>,
    choices: Option<Vec<RawChoice>>,
    labels: Option<String>,
    label: Option<String>,
    save: Option<String>,
    own_words: Option<bool>,
    invalid: Option<String>,
    choices_from: Option<String>,
    #[serde(flatten)]
    unknown: BTreeMap<String, serde_norway::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArm {
    #[serde(rename = "if")]
    condition: String,
    goto: String,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawChoice {
    Value(String),
    Full { value: String, label: String },
}

const STEP_KINDS: [&str; 11] =
    ["say", "ask", "branch", "set", "call", "goto", "summary", "case", "urgency", "handover", "end"];
const STEP_KEYS: &str = "id, when, next, say, ask, branch, else, set, call, goto, summary, case, urgency, handover, end, args, input, choices, labels, label, save, own_words, invalid, choices_from";

fn yaml_error(path: &Path, e: &serde_norway::Error) -> Diagnostic {
    let line = e.location().map(|l| l.line()).unwrap_or(0);
    // serde's message ends with "at line X column Y": we already say the line.
    let msg = e.to_string();
    let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
    Diagnostic::new(path, line, msg, "fix the YAML here (indent with spaces; quote text that contains ': ')")
}

/// Parse all sources into a script. Returns every problem found, not just the first.
pub fn parse(sources: &[Source]) -> Result<Script, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let desk_source = sources.iter().find(|s| s.path.file_name().is_some_and(|n| n == DESK_FILE));
    let desk = match desk_source {
        None => {
            let dir = sources.first().and_then(|s| s.path.parent()).unwrap_or(Path::new("dialogs"));
            problems.push(Diagnostic::new(
                &dir.join(DESK_FILE),
                0,
                "the desk settings file is missing",
                "create desk.yaml with start, languages and interrupts (see README)",
            ));
            None
        }
        Some(src) => match serde_norway::from_str::<RawDesk>(&src.text) {
            Ok(raw) => Some(desk_from_raw(raw, &src.path)),
            Err(e) => {
                problems.push(yaml_error(&src.path, &e));
                None
            }
        },
    };

    let mut flows: BTreeMap<String, Flow> = BTreeMap::new();
    for src in sources {
        if src.path.file_name().is_some_and(|n| n == DESK_FILE) {
            continue;
        }
        let raw: RawFile = match serde_norway::from_str(&src.text) {
            Ok(r) => r,
            Err(e) => {
                problems.push(yaml_error(&src.path, &e));
                continue;
            }
        };
        let finder = LineFinder::new(&src.text);
        for (flow_id, raw_flow) in raw.flows {
            let line = finder.key(&flow_id, 1).unwrap_or(0);
            if let Some(other) = flows.get(&flow_id) {
                problems.push(Diagnostic::new(
                    &src.path,
                    line,
                    format!("flow '{flow_id}' is defined twice (also in {}:{})", other.file.display(), other.line),
                    "give one of them another name",
                ));
                continue;
            }
            let flow = flow_from_raw(&flow_id, raw_flow, &src.path, line, &finder, &mut problems);
            flows.insert(flow_id, flow);
        }
    }

    if !problems.is_empty() {
        return Err(problems);
    }
    let Some(desk) = desk else {
        return Err(problems);
    };
    Ok(Script { desk, flows })
}

fn desk_from_raw(raw: RawDesk, path: &Path) -> Desk {
    let mut commands = HashMap::new();
    for (interrupt, aliases) in &raw.commands {
        for alias in aliases {
            commands.insert(fold(alias), *interrupt);
        }
    }
    let person_phrases = raw
        .phrases
        .get("person")
        .map(|by_lang| by_lang.values().flatten().map(|p| fold(p)).collect())
        .unwrap_or_default();
    let words = |key: &str| raw.words.get(key).map(|w| w.iter().map(|x| fold(x)).collect()).unwrap_or_default();
    Desk {
        file: path.to_path_buf(),
        start: raw.start,
        languages: raw.languages,
        interrupts: raw.interrupts,
        commands,
        person_phrases,
        yes_words: words("yes"),
        no_words: words("no"),
        first_message: raw.first_message,
        menu: raw.menu,
    }
}

fn flow_from_raw(
    flow_id: &str,
    raw: RawFlow,
    path: &Path,
    flow_line: usize,
    finder: &LineFinder,
    problems: &mut Vec<Diagnostic>,
) -> Flow {
    let mut steps = Vec::new();
    let mut index = HashMap::new();
    let mut search_from = flow_line.max(1);
    for (n, raw_step) in raw.steps.into_iter().enumerate() {
        let id = raw_step.id.clone().unwrap_or_default();
        let line = if id.is_empty() { 0 } else { finder.key_value("id", &id, search_from).unwrap_or(0) };
        if line > 0 {
            search_from = line;
        }
        let at = |key: &str, value: &str| finder.key_value(key, value, line.max(1)).unwrap_or(line);
        if id.is_empty() {
            problems.push(Diagnostic::new(
                path,
                search_from,
                format!("step {} of flow '{flow_id}' has no id", n + 1),
                "add `id: some_name` to the step",
            ));
            continue;
        }
        if index.insert(id.clone(), steps.len()).is_some() {
            problems.push(Diagnostic::new(
                path,
                line,
                format!("step id '{id}' is used twice in flow '{flow_id}'"),
                "give each step its own id",
            ));
        }
        if let Some(key) = raw_step.unknown.keys().next() {
            problems.push(Diagnostic::new(
                path,
                finder.key(key, line.max(1)).unwrap_or(line),
                format!("step '{id}' has an unknown key '{key}'"),
                format!("use one of: {STEP_KEYS}"),
            ));
            continue;
        }
        match step_from_raw(&id, raw_step, line, &at) {
            Ok(step) => steps.push(step),
            Err((line, message, fix)) => problems.push(Diagnostic::new(path, line, message, fix)),
        }
    }
    Flow { id: flow_id.to_string(), file: path.to_path_buf(), line: flow_line, steps, index }
}

type StepError = (usize, String, String);

fn parse_expr(src: &str, line: usize) -> Result<Expr, StepError> {
    Expr::parse(src).map_err(|e| {
        (line, format!("condition \"{src}\": {e}"), "write it like: domains has 'money' and consent == 'yes'".into())
    })
}

fn step_from_raw(id: &str, raw: RawStep, line: usize, at: &dyn Fn(&str, &str) -> usize) -> Result<Step, StepError> {
    let present: Vec<&str> = [
        raw.say.is_some(),
        raw.ask.is_some(),
        raw.branch.is_some(),
        raw.set.is_some(),
        raw.call.is_some(),
        raw.goto.is_some(),
        raw.summary.is_some(),
        raw.case.is_some(),
        raw.urgency.is_some(),
        raw.handover.is_some(),
        raw.end.is_some(),
    ]
    .iter()
    .zip(STEP_KINDS)
    .filter(|(p, _)| **p)
    .map(|(_, k)| k)
    .collect();
    if present.len() != 1 {
        let found = if present.is_empty() { "none".to_string() } else { present.join(" and ") };
        return Err((
            line,
            format!("step '{id}' must do exactly one thing, found {found}"),
            format!("use one of: {}", STEP_KINDS.join(", ")),
        ));
    }
    let when = raw.when.as_deref().map(|w| parse_expr(w, at("when", w))).transpose()?;
    let msg = |id: String| MsgRef { id, args: raw.args.clone().unwrap_or_default() };
    let ask_only = |name: &str, set: bool| -> Result<(), StepError> {
        if set && raw.ask.is_none() {
            Err((line, format!("step '{id}' has `{name}`, which only an ask step can use"), format!("remove `{name}`")))
        } else {
            Ok(())
        }
    };
    ask_only("input", raw.input.is_some())?;
    ask_only("choices", raw.choices.is_some())?;
    ask_only("save", raw.save.is_some())?;
    ask_only("label", raw.label.is_some())?;
    ask_only("own_words", raw.own_words.is_some())?;
    if raw.otherwise.is_some() && raw.branch.is_none() {
        return Err((line, format!("step '{id}' has `else` without `branch`"), "remove `else` or add `branch`".into()));
    }

    let kind = if let Some(m) = raw.say.clone() {
        StepKind::Say(msg(m))
    } else if let Some(q) = raw.ask.clone() {
        let choices: Vec<Choice> = raw
            .choices
            .unwrap_or_default()
            .into_iter()
            .map(|c| match c {
                RawChoice::Full { value, label } => Choice { value, label },
                RawChoice::Value(value) => {
                    let prefix = raw.labels.clone().unwrap_or_else(|| raw.save.clone().unwrap_or_default());
                    Choice { label: format!("{prefix}-{value}"), value }
                }
            })
            .collect();
        let input = raw.input.unwrap_or(if choices.is_empty() { InputKind::Text } else { InputKind::Choice });
        if matches!(input, InputKind::Choice | InputKind::Multi) && choices.is_empty() && raw.choices_from.is_none() {
            return Err((
                line,
                format!("ask step '{id}' is a {input:?} question without choices").to_lowercase(),
                "add `choices: [value, ...]` and `labels: prefix`".into(),
            ));
        }
        let Some(save) = raw.save else {
            return Err((
                line,
                format!("ask step '{id}' does not say where to keep the answer"),
                "add `save: variable_name`".into(),
            ));
        };
        StepKind::Ask(Ask {
            question: msg(q),
            input,
            choices,
            save,
            label: raw.label,
            own_words: raw.own_words.unwrap_or(false),
            invalid: raw.invalid,
            choices_from: raw.choices_from,
        })
    } else if let Some(arms) = raw.branch {
        let mut parsed = Vec::new();
        for arm in arms {
            parsed.push((parse_expr(&arm.condition, at("if", &arm.condition))?, arm.goto));
        }
        StepKind::Branch { arms: parsed, otherwise: raw.otherwise }
    } else if let Some(values) = raw.set {
        StepKind::Set(values)
    } else if let Some(flow) = raw.call {
        StepKind::Call(flow)
    } else if let Some(step) = raw.goto {
        StepKind::Goto(step)
    } else if let Some(m) = raw.summary {
        StepKind::Summary(msg(m))
    } else if let Some(what) = raw.case {
        if what != "submit" {
            return Err((line, format!("step '{id}': unknown case action '{what}'"), "write `case: submit`".into()));
        }
        StepKind::Case
    } else if let Some(u) = raw.urgency {
        StepKind::Urgency(u)
    } else if let Some(h) = raw.handover {
        StepKind::Handover(h)
    } else {
        StepKind::End(msg(raw.end.unwrap_or_default()))
    };
    Ok(Step { id: id.to_string(), line, when, next: raw.next, kind })
}
