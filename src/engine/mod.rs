//! The pure dialog interpreter: `(script, texts, state, event) -> (state, effects)`.
//!
//! No I/O, no clock, no randomness: the same inputs always give the same
//! outputs, so a whole conversation is a list of events that can be replayed,
//! written down as a transcript test, and fuzzed. Storing the new state and
//! carrying out the effects is the runtime's job.

pub mod answer;
pub mod state;

pub use answer::Button;
pub use state::{OwnWords, State, Status};

use crate::i18n::Catalog;
use crate::script::{Ask, Flow, HandoverAction, InputKind, Interrupt, MsgRef, Script, StepKind, vars};
use crate::text::{clean, fold, shorten};
pub use crate::triage::Urgency;
use answer::{DONE, LANGUAGE, PERSON};
use serde_json::Value;
use state::{Answered, Frame};
use std::collections::BTreeMap;

/// One message from the resident, channel-neutral.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub text: String,
    /// The language the platform or the text suggests (e.g. Telegram's language_code).
    pub lang_hint: Option<String>,
    /// What triage heard in this message (the runtime runs it; the engine decides what it means).
    pub triage: Option<TriageNote>,
}

impl Event {
    pub fn text(text: &str) -> Event {
        Event { text: text.to_string(), lang_hint: None, triage: None }
    }
}

/// Triage of one message, as plain data.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TriageNote {
    pub domains: Vec<String>,
    pub urgency: Option<Urgency>,
    pub safety: bool,
    /// The words that made urgency or safety what they are.
    pub evidence: Vec<String>,
}

/// Something the runtime must do because of this step.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Reply(Reply),
    /// The resident agreed: store this case.
    SubmitCase(CaseDraft),
    LanguageChanged(String),
    /// The conversation ended; its answers are gone from the state.
    Ended,
    /// The script misbehaved (a loop without a question); for the operator's log.
    ScriptError(String),
    /// The runtime must do this and then call [`resume`] with what it found.
    Request(HandoverAction),
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Reply {
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub buttons: Vec<Button>,
    /// Whether the buttons may be answered by their number.
    #[serde(default)]
    pub numbered: bool,
}

impl Reply {
    /// A reply that is only text, no choices.
    pub fn say(text: String) -> Reply {
        Reply { text, buttons: Vec::new(), numbered: false }
    }
}

/// What a stored case is made of: language-neutral values plus the resident's own words.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseDraft {
    pub lang: String,
    pub domains: Vec<String>,
    pub answers: BTreeMap<String, Value>,
    pub own_words: Vec<OwnWords>,
    pub consent: bool,
    pub wants_person: bool,
    pub urgency: Urgency,
    /// Someone is at risk (the safety guard fired in this conversation).
    pub safety: bool,
    /// Why: the words and answers that raised urgency.
    pub urgency_reasons: Vec<String>,
    /// Domains triage heard in the resident's own words.
    pub heard_domains: Vec<String>,
}

/// Steps one event may run before the engine decides the script loops.
const MAX_STEPS_PER_EVENT: usize = 500;
/// Own words longer than this are cut in the summary (never in the case).
const SUMMARY_TEXT_CHARS: usize = 280;

/// Go on after a `handover:` step with the variables the runtime found.
pub fn resume(script: &Script, texts: &Catalog, state: &State, found: BTreeMap<String, Value>) -> (State, Vec<Effect>) {
    let mut run = Run { script, texts, state: state.clone(), effects: Vec::new(), note: None };
    match run.state.stack.last().cloned() {
        Some(frame) if frame.system => {
            run.state.vars.extend(found);
            let next = run
                .script
                .flow(&frame.flow)
                .and_then(|f| f.position(frame.step.as_deref().unwrap_or("")).map(|i| run.after(f, i)));
            if let Some(top) = run.state.stack.last_mut() {
                top.system = false;
                top.step = next.flatten();
            }
            run.run(false);
        }
        _ => run.recover(),
    }
    (run.state, run.effects)
}

/// Run one event through the conversation.
pub fn step(script: &Script, texts: &Catalog, state: &State, event: &Event) -> (State, Vec<Effect>) {
    let mut run = Run { script, texts, state: state.clone(), effects: Vec::new(), note: event.triage.clone() };
    run.handle(event);
    (run.state, run.effects)
}

struct Run<'a> {
    script: &'a Script,
    texts: &'a Catalog,
    state: State,
    effects: Vec<Effect>,
    /// Triage of the message being handled.
    note: Option<TriageNote>,
}

enum Command {
    Known(Interrupt),
    Unknown,
}

impl<'a> Run<'a> {
    fn handle(&mut self, event: &Event) {
        let text = clean(&event.text);
        if self.state.status != Status::Active || self.state.stack.is_empty() {
            self.begin(event, &text);
            return;
        }
        self.note_urgency(event);
        if text.is_empty() {
            self.say("input-empty");
            self.reprompt();
            return;
        }
        match self.command(&text) {
            Some(Command::Known(i)) => return self.interrupt(i),
            Some(Command::Unknown) => {
                self.say("command-unknown");
                return self.interrupt(Interrupt::Help);
            }
            None => {}
        }
        if self.is_person_phrase(&text) {
            return self.interrupt(Interrupt::Person);
        }
        self.answer(&text);
    }

    /// A new conversation: greet in the language we know or guess, then run.
    fn begin(&mut self, event: &Event, text: &str) {
        let desk = &self.script.desk;
        let supported = |l: &&String| desk.languages.contains(l);
        let lang = match (&self.state.lang, &event.lang_hint) {
            (l, _) if self.state.status == Status::Active => l.clone(), // corrupt active state: keep language
            (_, Some(h)) if supported(&h) => h.clone(),
            (l, _) if desk.languages.contains(l) => l.clone(),
            _ => crate::i18n::SOURCE_LANG.to_string(),
        };
        self.state = State::new(&lang);
        self.state.status = Status::Active;
        self.note_urgency(event);
        self.push(&desk.start.clone());
        // A first message that already tells the story is kept, so the intake
        // does not ask for it again.
        if let Some(first) = &desk.first_message {
            let words = text.split_whitespace().count();
            let heard = event.triage.as_ref().is_some_and(|t| !t.domains.is_empty());
            if self.command(text).is_none() && (words >= first.min_words || heard) {
                self.state.vars.insert(first.save.clone(), Value::String(text.to_string()));
                self.state.own_words.push(OwnWords {
                    text: text.to_string(),
                    lang: lang.clone(),
                    at: "first_message".into(),
                });
                self.note_heard();
                if let Some(label) = &first.label {
                    self.state.answered.push(Answered { flow: String::new(), step: label.clone() });
                }
            }
        }
        match self.command(text) {
            Some(Command::Known(Interrupt::Language)) => self.push_interrupt(Interrupt::Language),
            Some(Command::Known(Interrupt::Person)) => self.push_interrupt(Interrupt::Person),
            Some(Command::Known(Interrupt::Help)) => self.push_interrupt(Interrupt::Help),
            Some(Command::Known(Interrupt::Appointment)) => {
                self.state.stack.clear();
                self.push_interrupt(Interrupt::Appointment)
            }
            _ => {}
        }
        self.run(false);
    }

    fn command(&self, text: &str) -> Option<Command> {
        let rest = text.strip_prefix('/')?;
        // "/taal@luisterloket_bot" in Telegram groups
        let word = rest.split(|c: char| c.is_whitespace() || c == '@').next().unwrap_or("");
        Some(match self.script.desk.commands.get(&fold(word)) {
            Some(i) => Command::Known(*i),
            None => Command::Unknown,
        })
    }

    fn is_person_phrase(&self, text: &str) -> bool {
        let f = fold(text);
        f.split(' ').count() <= 8
            && self.script.desk.person_phrases.iter().any(|p| !p.is_empty() && f.contains(p.as_str()))
    }

    fn flow_on_stack(&self, i: Interrupt) -> bool {
        let flow = self.script.desk.interrupts.get(&i);
        self.state.stack.iter().any(|f| Some(&f.flow) == flow)
    }

    fn push(&mut self, flow: &str) {
        let first = self.script.flow(flow).and_then(|f| f.steps.first()).map(|s| s.id.clone());
        self.state.stack.push(Frame { flow: flow.to_string(), step: first, waiting: false, system: false });
    }

    fn push_interrupt(&mut self, i: Interrupt) {
        if let Some(flow) = self.script.desk.interrupts.get(&i).cloned() {
            self.push(&flow);
        }
    }

    fn interrupt(&mut self, i: Interrupt) {
        match i {
            // Already on the way to a person, or already choosing: just ask again.
            Interrupt::Person | Interrupt::Language if self.flow_on_stack(i) => self.reprompt(),
            Interrupt::Start => {
                let lang = self.state.lang.clone();
                self.state = State::new(&lang);
                self.state.status = Status::Active;
                self.push_interrupt(Interrupt::Start);
                self.run(false);
            }
            Interrupt::Stop | Interrupt::Person | Interrupt::Appointment => {
                // These do not come back to the question: forget where we were.
                self.state.stack.clear();
                self.push_interrupt(i);
                self.run(false);
            }
            Interrupt::Language | Interrupt::Help => {
                self.push_interrupt(i);
                self.run(false);
            }
        }
    }

    /// The question the conversation is waiting on, if the script still has it.
    fn current_ask(&self) -> Option<(&'a Flow, &'a crate::script::Step, &'a Ask)> {
        let frame = self.state.stack.last()?;
        if !frame.waiting {
            return None;
        }
        let flow = self.script.flow(&frame.flow)?;
        let step = &flow.steps[flow.position(frame.step.as_deref()?)?];
        match &step.kind {
            StepKind::Ask(a) => Some((flow, step, a)),
            _ => None,
        }
    }

    /// The dialog files changed under this conversation: go on as close to
    /// where we were as the new script allows.
    fn recover(&mut self) {
        self.say("resume-after-update");
        let start = self.script.desk.start.clone();
        match self.state.stack.last_mut() {
            Some(frame) if self.script.flow(&frame.flow).is_some() => {
                frame.step = self.script.flow(&frame.flow).and_then(|f| f.steps.first()).map(|s| s.id.clone());
                frame.waiting = false;
            }
            _ => {
                self.state.stack.clear();
                self.push(&start);
            }
        }
        self.run(false);
    }

    fn answer(&mut self, text: &str) {
        let Some((flow, step, ask)) = self.current_ask() else {
            return self.recover();
        };
        let buttons = self.buttons(ask);
        let by_number = answer::numbered(ask.input);
        if let Some(b) = answer::match_button(text, &buttons, by_number) {
            match b.value.as_str() {
                PERSON => return self.interrupt(Interrupt::Person),
                LANGUAGE => return self.interrupt(Interrupt::Language),
                DONE => return self.accept(flow, step.id.clone(), ask, None, text),
                v if ask.input == InputKind::Multi => {
                    return self.add_choices(flow, &step.id, ask, vec![v.to_string()], false);
                }
                v => {
                    return self.accept(flow, step.id.clone(), ask, Some(Value::String(v.to_string())), text);
                }
            }
        }
        if ask.input == InputKind::Multi {
            let choice_buttons: Vec<Button> = buttons.iter().filter(|b| !b.value.starts_with('_')).cloned().collect();
            if let Some(several) = answer::match_several(text, &choice_buttons) {
                let values = several.iter().map(|b| b.value.clone()).collect();
                return self.add_choices(flow, &step.id, ask, values, true);
            }
            // "Anything else?" answered with a plain no means done; a plain yes, ask which.
            if !self.chosen(ask).is_empty() {
                match answer::yes_no(text, &self.script.desk) {
                    Some("no") => return self.accept(flow, step.id.clone(), ask, None, text),
                    Some(_) => return self.prompt(ask),
                    None => {}
                }
            }
            // Free text is always welcome: keep it as their own words, then ask for a subject.
            self.keep_own_words(flow, &step.id, text);
            self.say("choice-noted");
            return self.prompt(ask);
        }
        match answer::typed(ask, text, &self.script.desk) {
            Some(v) => self.accept(flow, step.id.clone(), ask, Some(v), text),
            None => {
                // Someone who just told us they are in danger gets the numbers
                // (the guard), not "that is not an answer".
                if !self.note.as_ref().is_some_and(|n| n.safety) {
                    self.say(ask.invalid_message());
                }
                self.prompt(ask);
            }
        }
    }

    fn add_choices(&mut self, flow: &Flow, step: &str, ask: &Ask, values: Vec<String>, finished: bool) {
        let chosen = self.state.vars.entry(ask.save.clone()).or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(list) = chosen {
            for v in values {
                if !list.iter().any(|x| x == v.as_str()) {
                    list.push(Value::String(v));
                }
            }
        }
        let all_chosen = ask.choices.iter().all(|c| self.chosen(ask).contains(&c.value));
        if finished || all_chosen {
            return self.accept(flow, step.to_string(), ask, None, "");
        }
        self.prompt(ask);
    }

    fn chosen(&self, ask: &Ask) -> Vec<String> {
        strings(self.state.vars.get(&ask.save))
    }

    /// Store an answer (None: a multi-choice question is complete) and go on.
    fn accept(&mut self, flow: &Flow, step: String, ask: &Ask, value: Option<Value>, text: &str) {
        match value {
            Some(v) => {
                let is_typed = !ask.choices.iter().any(|c| Some(c.value.as_str()) == v.as_str())
                    && !(ask.input == InputKind::YesNo);
                if ask.own_words && is_typed {
                    self.keep_own_words(flow, &step, text);
                }
                if ask.save == vars::LANG
                    && let Some(l) = v.as_str()
                {
                    self.state.lang = l.to_string();
                    self.effects.push(Effect::LanguageChanged(l.to_string()));
                }
                self.state.vars.insert(ask.save.clone(), v);
            }
            None => {
                if self.chosen(ask).is_empty() {
                    self.say(ask.invalid_message());
                    return self.prompt(ask);
                }
            }
        }
        if ask.label.is_some() {
            let a = Answered { flow: flow.id.clone(), step: step.clone() };
            if !self.state.answered.contains(&a) {
                self.state.answered.push(a);
            }
        }
        let next = self.after(flow, flow.position(&step).unwrap_or(0));
        if let Some(frame) = self.state.stack.last_mut() {
            frame.waiting = false;
            frame.step = next;
        }
        self.run(false);
    }

    /// Urgency only rises, and safety once true stays true, whatever the script does.
    fn note_urgency(&mut self, event: &Event) {
        let Some(note) = &event.triage else { return };
        if let Some(u) = note.urgency {
            self.raise_urgency(u, note.evidence.iter().map(|e| format!("text: {e}")).collect());
        }
        // Triage reports how urgent the message itself is; the desk treats
        // every case with someone at risk as acute, whatever the message said.
        if note.safety {
            self.state.vars.insert(vars::SAFETY.into(), Value::Bool(true));
            self.raise_urgency(Urgency::Acute, note.evidence.iter().map(|e| format!("text: {e}")).collect());
        }
    }

    fn raise_urgency(&mut self, u: Urgency, reasons: Vec<String>) {
        let current = self.state.vars.get(vars::URGENCY).and_then(Value::as_str).map(Urgency::from_name);
        if current.is_none_or(|c| u > c) {
            self.state.vars.insert(vars::URGENCY.into(), Value::String(u.as_str().into()));
        }
        if u > Urgency::Normal {
            let list = self.state.vars.entry(vars::URGENCY_REASONS.into()).or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(items) = list {
                for r in reasons {
                    if !items.iter().any(|x| x == r.as_str()) {
                        items.push(Value::String(r));
                    }
                }
            }
        }
    }

    /// Domains triage heard in the resident's own words, in the order first heard.
    fn note_heard(&mut self) {
        let Some(note) = &self.note else { return };
        let list = self.state.vars.entry(vars::HEARD_DOMAINS.into()).or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(items) = list {
            for d in &note.domains {
                if !items.iter().any(|x| x == d.as_str()) {
                    items.push(Value::String(d.clone()));
                }
            }
        }
    }

    fn keep_own_words(&mut self, flow: &Flow, step: &str, text: &str) {
        self.note_heard();
        self.state.own_words.push(OwnWords {
            text: text.to_string(),
            lang: self.state.lang.clone(),
            at: format!("{}.{}", flow.id, step),
        });
    }

    /// The step after `i` in `flow`, by `next` or by order.
    fn after(&self, flow: &Flow, i: usize) -> Option<String> {
        match &flow.steps[i].next {
            Some(n) => Some(n.clone()),
            None => flow.steps.get(i + 1).map(|s| s.id.clone()),
        }
    }

    fn set_top(&mut self, step: Option<String>) {
        if let Some(frame) = self.state.stack.last_mut() {
            frame.step = step;
        }
    }

    /// Run steps until a question waits for an answer or the conversation ends.
    /// `returned`: we just came back from a flow into the top frame.
    fn run(&mut self, mut returned: bool) {
        for _ in 0..MAX_STEPS_PER_EVENT {
            let Some(frame) = self.state.stack.last().cloned() else {
                return self.end(None);
            };
            let Some(flow) = self.script.flow(&frame.flow) else {
                return self.recover();
            };
            let Some(step_id) = frame.step.clone() else {
                self.state.stack.pop();
                returned = true;
                continue;
            };
            let Some(i) = flow.position(&step_id) else {
                return self.recover();
            };
            let step = &flow.steps[i];
            if frame.waiting {
                if returned {
                    self.reprompt();
                }
                return;
            }
            returned = false;
            if let Some(cond) = &step.when
                && !cond.eval(&self.state.vars)
            {
                self.set_top(flow.steps.get(i + 1).map(|s| s.id.clone()));
                continue;
            }
            match &step.kind {
                StepKind::Say(m) => {
                    self.say_ref(m);
                    self.set_top(self.after(flow, i));
                }
                StepKind::Ask(a) => {
                    if let Some(top) = self.state.stack.last_mut() {
                        top.waiting = true;
                    }
                    return self.prompt(a);
                }
                StepKind::Set(values) => {
                    for (k, v) in values {
                        // `{ from: other_var }` copies a variable.
                        let v = match v.get("from").and_then(Value::as_str) {
                            Some(source) => &self.state.vars.get(source).cloned().unwrap_or(Value::Null),
                            None => v,
                        };
                        if k == vars::LANG
                            && let Some(l) = v.as_str()
                        {
                            self.state.lang = l.to_string();
                            self.effects.push(Effect::LanguageChanged(l.to_string()));
                        }
                        self.state.vars.insert(k.clone(), v.clone());
                    }
                    self.set_top(self.after(flow, i));
                }
                StepKind::Branch { arms, otherwise } => {
                    let target = arms
                        .iter()
                        .find(|(c, _)| c.eval(&self.state.vars))
                        .map(|(_, t)| Some(t.clone()))
                        .unwrap_or_else(|| otherwise.clone().or_else(|| self.after(flow, i)));
                    self.set_top(target);
                }
                StepKind::Goto(t) => self.set_top(Some(t.clone())),
                StepKind::Call(f) => {
                    self.set_top(self.after(flow, i));
                    self.push(f);
                }
                StepKind::Summary(m) => {
                    let text = self.summary(m);
                    self.effects.push(Effect::Reply(Reply::say(text)));
                    self.set_top(self.after(flow, i));
                }
                StepKind::Case => {
                    let draft = self.case_draft();
                    self.effects.push(Effect::SubmitCase(draft));
                    self.set_top(self.after(flow, i));
                }
                StepKind::Handover(action) => {
                    if let Some(top) = self.state.stack.last_mut() {
                        top.system = true;
                    }
                    self.effects.push(Effect::Request(*action));
                    return;
                }
                StepKind::Urgency(u) => {
                    self.raise_urgency(*u, vec![format!("answer: {}.{}", flow.id, step.id)]);
                    self.set_top(self.after(flow, i));
                }
                StepKind::End(m) => return self.end(Some(m)),
            }
        }
        self.effects.push(Effect::ScriptError(format!(
            "more than {MAX_STEPS_PER_EVENT} steps without a question: does a goto loop?"
        )));
        self.end(None);
    }

    fn end(&mut self, msg: Option<&MsgRef>) {
        if let Some(m) = msg.filter(|m| !m.id.is_empty()) {
            self.say_ref(m);
        }
        // Forget the answers: what the resident agreed to share is in the case.
        let lang = self.state.lang.clone();
        self.state = State::new(&lang);
        self.effects.push(Effect::Ended);
    }

    /// A message with the variables the step passes to it, in the resident's language.
    fn render_ref(&self, m: &MsgRef) -> String {
        let args: Vec<(&str, String)> = m.args.iter().map(|(k, var)| (k.as_str(), self.display_arg(var))).collect();
        self.texts.render(&self.state.lang, &m.id, &args)
    }

    /// A step argument: `var`, or `var as prefix` to show each value of a
    /// list as its label message `prefix-value` ("heard_domains as domain").
    fn display_arg(&self, arg: &str) -> String {
        match arg.split_once(" as ") {
            Some((var, prefix)) => strings(self.state.vars.get(var.trim()))
                .iter()
                .map(|v| self.texts.render(&self.state.lang, &format!("{}-{v}", prefix.trim()), &[]))
                .collect::<Vec<_>>()
                .join(", "),
            None => self.display_var(arg),
        }
    }

    fn display_var(&self, var: &str) -> String {
        match self.state.vars.get(var) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Null) | None => String::new(),
            Some(v) => v.to_string(),
        }
    }

    fn say(&mut self, id: &str) {
        let text = self.texts.render(&self.state.lang, id, &[]);
        self.effects.push(Effect::Reply(Reply::say(text)));
    }

    fn say_ref(&mut self, m: &MsgRef) {
        let text = self.render_ref(m);
        self.effects.push(Effect::Reply(Reply::say(text)));
    }

    fn reprompt(&mut self) {
        match self.current_ask() {
            Some((_, _, ask)) => self.prompt(ask),
            None => self.recover(),
        }
    }

    fn prompt(&mut self, ask: &Ask) {
        let reply = self.reply_for(ask);
        self.effects.push(Effect::Reply(reply));
    }

    fn reply_for(&self, ask: &Ask) -> Reply {
        // A multi-choice question half answered asks "anything else?" instead.
        let more = ask.input == InputKind::Multi && !self.chosen(ask).is_empty();
        Reply {
            text: if more {
                self.texts.render(&self.state.lang, "multi-more", &[])
            } else {
                self.render_ref(&ask.question)
            },
            buttons: self.buttons(ask),
            numbered: answer::numbered(ask.input),
        }
    }

    /// The buttons under a question, in the resident's language, with the
    /// utility buttons (a person, another language) at the end.
    fn buttons(&self, ask: &Ask) -> Vec<Button> {
        let lang = &self.state.lang;
        let button =
            |value: &str, label: &str| Button { value: value.into(), label: self.texts.render(lang, label, &[]) };
        let mut out = Vec::new();
        if ask.input == InputKind::YesNo {
            out.push(button("yes", "answer-yes"));
            out.push(button("no", "answer-no"));
        }
        let chosen = if ask.input == InputKind::Multi { self.chosen(ask) } else { Vec::new() };
        // Buttons the runtime made (already in the resident's language) come first.
        if let Some(Value::Array(items)) = ask.choices_from.as_ref().and_then(|v| self.state.vars.get(v)) {
            for item in items {
                if let (Some(value), Some(label)) = (item["value"].as_str(), item["label"].as_str()) {
                    out.push(Button { value: value.into(), label: label.into() });
                }
            }
        }
        for c in ask.choices.iter().filter(|c| !chosen.contains(&c.value)) {
            out.push(button(&c.value, &c.label));
        }
        if !chosen.is_empty() {
            out.push(button(DONE, "button-done"));
        }
        if !self.flow_on_stack(Interrupt::Person) {
            out.push(button(PERSON, "button-person"));
        }
        if ask.save != vars::LANG {
            out.push(button(LANGUAGE, "button-language"));
        }
        out
    }

    fn summary(&self, intro: &MsgRef) -> String {
        let lang = &self.state.lang;
        let mut text = self.render_ref(intro);
        for a in &self.state.answered {
            let Some(flow) = self.script.flow(&a.flow) else {
                continue;
            };
            let Some(i) = flow.position(&a.step) else {
                continue;
            };
            let StepKind::Ask(ask) = &flow.steps[i].kind else {
                continue;
            };
            let (Some(label), Some(value)) = (&ask.label, self.state.vars.get(&ask.save)) else {
                continue;
            };
            let shown = self.show_value(ask, value);
            let line = self.texts.render(
                lang,
                "summary-line",
                &[("label", self.texts.render(lang, label, &[])), ("value", shown)],
            );
            text.push('\n');
            text.push_str(&line);
        }
        text
    }

    fn show_value(&self, ask: &Ask, value: &Value) -> String {
        show_value(self.texts, &self.state.lang, ask, value)
    }

    fn case_draft(&self) -> CaseDraft {
        let vars = &self.state.vars;
        let domains = strings(vars.get(vars::DOMAINS));
        let answers =
            vars.iter().filter(|(k, _)| k.as_str() != vars::LANG).map(|(k, v)| (k.clone(), v.clone())).collect();
        CaseDraft {
            lang: self.state.lang.clone(),
            domains,
            answers,
            own_words: self.state.own_words.clone(),
            consent: vars.get(vars::CONSENT).and_then(Value::as_str) == Some("yes"),
            wants_person: vars.get(vars::WANTS_PERSON).is_some_and(|v| v == &Value::Bool(true)),
            urgency: Urgency::from_name(vars.get(vars::URGENCY).and_then(Value::as_str).unwrap_or("")),
            safety: vars.get(vars::SAFETY).is_some_and(|v| v == &Value::Bool(true)),
            urgency_reasons: strings(vars.get(vars::URGENCY_REASONS)),
            heard_domains: strings(vars.get(vars::HEARD_DOMAINS)),
        }
    }
}

/// An answer as a person reads it, in `lang`: a button's label, or the text typed.
fn show_value(texts: &Catalog, lang: &str, ask: &Ask, value: &Value) -> String {
    let label_of = |v: &str| -> String {
        if let Some(c) = ask.choices.iter().find(|c| c.value == v) {
            return texts.render(lang, &c.label, &[]);
        }
        match (ask.input, v) {
            (InputKind::YesNo, "yes") => texts.render(lang, "answer-yes", &[]),
            (InputKind::YesNo, "no") => texts.render(lang, "answer-no", &[]),
            _ => shorten(v, SUMMARY_TEXT_CHARS),
        }
    };
    match value {
        Value::String(s) => label_of(s),
        Value::Array(items) => items.iter().filter_map(Value::as_str).map(label_of).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// The answers of a case as "label: value" lines in `lang` (a worker's),
/// rendered from the language-neutral values, in the order the script asks them.
pub fn describe_answers(
    script: &Script,
    texts: &Catalog,
    lang: &str,
    answers: &BTreeMap<String, Value>,
) -> Vec<String> {
    let mut order: Vec<&str> = Vec::new();
    let mut todo = vec![script.desk.start.as_str()];
    todo.extend(script.desk.interrupts.values().map(String::as_str));
    todo.reverse();
    while let Some(id) = todo.pop() {
        if order.contains(&id) {
            continue;
        }
        order.push(id);
        if let Some(f) = script.flow(id) {
            for step in f.steps.iter().rev() {
                if let StepKind::Call(c) = &step.kind {
                    todo.push(c);
                }
            }
        }
    }
    let mut lines = Vec::new();
    let mut shown = std::collections::HashSet::new();
    for flow in order.iter().filter_map(|id| script.flow(id)) {
        for step in &flow.steps {
            let StepKind::Ask(ask) = &step.kind else { continue };
            let (Some(label), Some(value)) = (&ask.label, answers.get(&ask.save)) else { continue };
            // Own words are shown verbatim, with their language, elsewhere.
            if ask.own_words && !ask.choices.iter().any(|c| Some(c.value.as_str()) == value.as_str()) {
                continue;
            }
            if !shown.insert(ask.save.as_str()) {
                continue;
            }
            let line = texts.render(
                lang,
                "summary-line",
                &[("label", texts.render(lang, label, &[])), ("value", show_value(texts, lang, ask, value))],
            );
            lines.push(line);
        }
    }
    lines
}

/// A variable as a list of strings: a list's strings, or one text.
pub fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(a)) => a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
        Some(Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// Messages the engine renders by itself, with the variables it passes to
/// them. `check` makes sure every locale has them.
pub const BUILTIN_MESSAGES: &[(&str, &[&str])] = &[
    ("button-person", &[]),
    ("button-language", &[]),
    ("button-done", &[]),
    ("answer-yes", &[]),
    ("answer-no", &[]),
    ("input-empty", &[]),
    ("invalid-choice", &[]),
    ("invalid-yesno", &[]),
    ("invalid-number", &[]),
    ("invalid-date", &[]),
    ("invalid-phone", &[]),
    ("invalid-postcode", &[]),
    ("invalid-text", &[]),
    ("choice-noted", &[]),
    ("multi-more", &[]),
    ("command-unknown", &[]),
    ("resume-after-update", &[]),
    ("summary-line", &["label", "value"]),
    // the safety guard (runtime::guard), outside every script
    ("guard-safety", &[]),
    // files residents send (runtime::attachments)
    ("media-saved", &[]),
    // a message the channel received but could not read (runtime::handle_unreadable)
    ("message-unreadable", &[]),
    ("worker-attachment", &["number", "name"]),
    ("worker-attachment-missing", &["number", "name"]),
    // the warm handover (runtime::handover and runtime::worker)
    ("slot-label", &["weekday", "day", "month", "time", "mode"]),
    ("weekday-1", &[]),
    ("weekday-2", &[]),
    ("weekday-3", &[]),
    ("weekday-4", &[]),
    ("weekday-5", &[]),
    ("weekday-6", &[]),
    ("weekday-7", &[]),
    ("month-1", &[]),
    ("month-2", &[]),
    ("month-3", &[]),
    ("month-4", &[]),
    ("month-5", &[]),
    ("month-6", &[]),
    ("month-7", &[]),
    ("month-8", &[]),
    ("month-9", &[]),
    ("month-10", &[]),
    ("month-11", &[]),
    ("month-12", &[]),
    ("mode-call", &[]),
    ("mode-home_visit", &[]),
    ("mode-walk_in", &[]),
    ("mode-chat", &[]),
    ("urgency-normal", &[]),
    ("urgency-soon", &[]),
    ("urgency-acute", &[]),
    ("worker-handover", &["number", "name", "language", "domains", "urgency", "time"]),
    ("worker-own-words", &["language", "words"]),
    ("worker-accept", &[]),
    ("worker-decline", &[]),
    ("worker-help", &[]),
    ("worker-not-yours", &["number"]),
    ("worker-accepted", &["number"]),
    ("worker-declined", &["number"]),
    ("resident-accepted", &["worker", "time"]),
    ("resident-reassigned", &["worker", "organisation", "time"]),
    ("resident-reassign-pending", &[]),
    ("coordinator-unassigned", &["number"]),
    ("team-new", &["number", "worker"]),
    // nothing waits silently (runtime::scheduler)
    ("coordinator-escalated", &["number", "worker"]),
    ("offer-line", &["name", "what", "when", "where", "contact"]),
    ("worker-cancelled", &["number", "name"]),
    ("worker-callback", &[]),
    ("coordinator-acute", &["worker"]),
    ("worker-propose", &[]),
    ("worker-proposed", &["number", "time"]),
    ("worker-no-times", &["number"]),
    ("resident-proposal", &["worker", "time"]),
    ("resident-proposal-ok", &[]),
    ("resident-proposal-no", &[]),
    ("proposal-thanks", &[]),
    ("proposal-coordinator", &[]),
    ("coordinator-proposal-declined", &["number"]),
    ("reminder-resident", &["worker", "time"]),
    ("reminder-worker", &["number", "name", "time"]),
    ("followup-resident", &["worker"]),
    ("followup-yes", &[]),
    ("followup-no", &[]),
    ("followup-thanks", &[]),
    ("outcome-worker", &["number"]),
    ("outcome-helped", &[]),
    ("outcome-referred", &[]),
    ("outcome-no_show", &[]),
    ("outcome-new_appointment", &[]),
    ("outcome-thanks", &["number"]),
];
