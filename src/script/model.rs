//! The dialog script as the engine sees it: validated, with every reference resolved.

use super::expr::Expr;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

/// Everything in `dialogs/`: the desk settings and all flows.
#[derive(Debug, Clone)]
pub struct Script {
    pub desk: Desk,
    pub flows: BTreeMap<String, Flow>,
}

impl Script {
    pub fn flow(&self, id: &str) -> Option<&Flow> {
        self.flows.get(id)
    }
}

/// What happens when the resident types a command or taps a utility button.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Interrupt {
    /// "I want to talk to a person".
    Person,
    /// Choose another language.
    Language,
    Help,
    Stop,
    /// Begin again from the start.
    Start,
    /// See, move or cancel the booked appointment.
    Appointment,
}

impl Interrupt {
    pub const ALL: [Interrupt; 6] = [
        Interrupt::Person,
        Interrupt::Language,
        Interrupt::Help,
        Interrupt::Stop,
        Interrupt::Start,
        Interrupt::Appointment,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Interrupt::Person => "person",
            Interrupt::Language => "language",
            Interrupt::Help => "help",
            Interrupt::Stop => "stop",
            Interrupt::Start => "start",
            Interrupt::Appointment => "appointment",
        }
    }

    /// Interrupts after which the conversation goes on where it was.
    pub fn returns(self) -> bool {
        matches!(self, Interrupt::Language | Interrupt::Help)
    }
}

#[derive(Debug, Clone)]
pub struct Desk {
    pub file: PathBuf,
    pub start: String,
    pub languages: Vec<String>,
    pub interrupts: BTreeMap<Interrupt, String>,
    /// Command alias (without '/') -> interrupt.
    pub commands: HashMap<String, Interrupt>,
    /// Per language, phrases that mean "talk to a person" (already folded).
    pub person_phrases: Vec<String>,
    /// Folded words that answer yes / no, in any language.
    pub yes_words: Vec<String>,
    pub no_words: Vec<String>,
    /// Keep a first message that already tells the story.
    pub first_message: Option<FirstMessage>,
    /// Per language, the command aliases a chat app's menu shows, in order.
    pub menu: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FirstMessage {
    /// Variable to keep it in (the intake's story question skips when it is set).
    pub save: String,
    /// How the summary names it.
    pub label: Option<String>,
    /// A first message with at least this many words is a story, not a greeting.
    #[serde(default = "FirstMessage::default_min_words")]
    pub min_words: usize,
}

impl FirstMessage {
    fn default_min_words() -> usize {
        4
    }
}

#[derive(Debug, Clone)]
pub struct Flow {
    pub id: String,
    pub file: PathBuf,
    pub line: usize,
    pub steps: Vec<Step>,
    pub index: HashMap<String, usize>,
}

impl Flow {
    pub fn position(&self, step: &str) -> Option<usize> {
        self.index.get(step).copied()
    }
}

#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    pub line: usize,
    /// Skip the step when this is false.
    pub when: Option<Expr>,
    /// Where to go after this step (default: the next step in the list).
    pub next: Option<String>,
    pub kind: StepKind,
}

/// A Fluent message id with the variables the step passes to it.
#[derive(Debug, Clone, PartialEq)]
pub struct MsgRef {
    pub id: String,
    /// Fluent variable -> conversation variable.
    pub args: BTreeMap<String, String>,
}

impl MsgRef {
    pub fn plain(id: impl Into<String>) -> Self {
        MsgRef { id: id.into(), args: BTreeMap::new() }
    }
}

#[derive(Debug, Clone)]
pub enum StepKind {
    Say(MsgRef),
    Ask(Ask),
    Branch {
        arms: Vec<(Expr, String)>,
        otherwise: Option<String>,
    },
    Set(BTreeMap<String, Value>),
    Call(String),
    Goto(String),
    /// Show what the resident told us so far, after this intro text.
    Summary(MsgRef),
    /// Store the case (the resident said yes to sharing).
    Case,
    /// Raise the conversation's urgency (never lowers it).
    Urgency(crate::triage::Urgency),
    /// Ask the runtime to find a worker (`match`) or book the picked time
    /// (`book`); the engine waits, then goes on with what the runtime found.
    Handover(HandoverAction),
    /// Say this and end the conversation.
    End(MsgRef),
}

impl StepKind {
    pub fn name(&self) -> &'static str {
        match self {
            StepKind::Say(_) => "say",
            StepKind::Ask(_) => "ask",
            StepKind::Branch { .. } => "branch",
            StepKind::Set(_) => "set",
            StepKind::Call(_) => "call",
            StepKind::Goto(_) => "goto",
            StepKind::Summary(_) => "summary",
            StepKind::Case => "case",
            StepKind::Urgency(_) => "urgency",
            StepKind::Handover(_) => "handover",
            StepKind::End(_) => "end",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HandoverAction {
    /// Find the best worker and their first free times; sets `worker`,
    /// `worker_name`, `worker_org`, `worker_languages`, `worker_intro`,
    /// `offered_times` (buttons), or leaves `worker` empty when nobody fits.
    Match,
    /// Book `picked_time` with `worker`; sets `booked` (true/false), and on
    /// success `booked_label`; on a lost race, fresh `offered_times`.
    Book,
    /// Local offers that fit the case; sets `offers_text` (empty: none).
    Offers,
    /// The resident's current appointment; sets `handover_id`, `worker`,
    /// `worker_name`, `booked_label` (or leaves `handover_id` empty).
    Mine,
    /// Cancel the appointment of `handover_id`; the worker is told.
    Cancel,
    /// Free the appointment of `handover_id` to book another time.
    Release,
    /// The free times of `worker`; sets `offered_times`.
    Times,
    /// The resident asks for someone else: leave `worker` out and match again.
    Another,
    /// The resident asks to be called instead of a time: the worker gets the
    /// handover with "please call"; sets `booked` true.
    Callback,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    /// One of the buttons.
    Choice,
    /// One or more of the buttons.
    Multi,
    YesNo,
    Number,
    Date,
    Phone,
    Postcode,
    /// Free text, kept verbatim.
    Text,
}

impl InputKind {
    /// The message shown when an answer does not fit.
    pub fn invalid_message(self) -> &'static str {
        match self {
            InputKind::Choice | InputKind::Multi => "invalid-choice",
            InputKind::YesNo => "invalid-yesno",
            InputKind::Number => "invalid-number",
            InputKind::Date => "invalid-date",
            InputKind::Phone => "invalid-phone",
            InputKind::Postcode => "invalid-postcode",
            InputKind::Text => "invalid-text",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// Language-neutral value stored in the case.
    pub value: String,
    /// Fluent message id of the button label.
    pub label: String,
}

#[derive(Debug, Clone)]
pub struct Ask {
    pub question: MsgRef,
    pub input: InputKind,
    pub choices: Vec<Choice>,
    /// Variable the answer is saved in.
    pub save: String,
    /// Label message for the summary; asks without one are not summarised.
    pub label: Option<String>,
    /// Keep the answer as the resident's own words (verbatim, with language).
    pub own_words: bool,
    /// Message shown when the answer does not fit (default per input kind).
    pub invalid: Option<String>,
    /// A variable holding more buttons, `[{value, label}]`, made by the runtime
    /// (the times a worker is free).
    pub choices_from: Option<String>,
}

impl Ask {
    pub fn invalid_message(&self) -> &str {
        self.invalid.as_deref().unwrap_or(self.input.invalid_message())
    }
}

/// Variables with a meaning outside the script.
pub mod vars {
    /// Setting it switches the conversation's language.
    pub const LANG: &str = "lang";
    /// The chosen domains (a list of domain ids).
    pub const DOMAINS: &str = "domains";
    /// "yes" when the resident agreed to share the case.
    pub const CONSENT: &str = "consent";
    /// true when the resident asked for a person.
    pub const WANTS_PERSON: &str = "wants_person";
    /// normal, soon or acute: raised by triage and `urgency:` steps, never lowered.
    pub const URGENCY: &str = "urgency";
    pub const URGENCY_REASONS: &str = "urgency_reasons";
    /// true once someone was heard to be at risk.
    pub const SAFETY: &str = "safety";
    /// Domains triage heard in the resident's own words.
    pub const HEARD_DOMAINS: &str = "heard_domains";
    /// Set by the engine only: a script may read them, never write them.
    pub const RESERVED: [&str; 4] = [URGENCY, URGENCY_REASONS, SAFETY, HEARD_DOMAINS];
    /// Set by the runtime after `handover: match` / `handover: book`.
    pub const HANDOVER_VARS: [&str; 12] = [
        "offers_text",
        "worker",
        "worker_name",
        "worker_org",
        "worker_languages",
        "worker_intro",
        "offered_times",
        "handover_id",
        "booked",
        "booked_label",
        "booked_time",
        "declined_workers",
    ];
}
