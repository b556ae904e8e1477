//! What the engine remembers of one conversation between two messages.
//!
//! It is stored as JSON. Steps are named by id, never by position, so a
//! conversation survives an edit of the dialog files; `version` lets a future
//! change of this shape migrate old rows.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

pub const STATE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// No conversation is going on: the next message starts one.
    #[default]
    Idle,
    /// Waiting for the resident's answer to a question.
    Active,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Frame {
    pub flow: String,
    /// The step to run next, or the question being asked; None: the flow is done.
    pub step: Option<String>,
    /// True while `step` is a question waiting for an answer.
    #[serde(default)]
    pub waiting: bool,
    /// True while `step` waits for the runtime (a `handover:` step).
    #[serde(default)]
    pub system: bool,
}

/// The resident's own words, kept verbatim with the language they were in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnWords {
    pub text: String,
    pub lang: String,
    /// `flow.step` where they were said.
    pub at: String,
}

/// An answered question that the summary shows, in the order answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answered {
    pub flow: String,
    pub step: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub version: u32,
    pub lang: String,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub stack: Vec<Frame>,
    /// Answers and settings, as language-neutral values.
    #[serde(default)]
    pub vars: BTreeMap<String, Value>,
    #[serde(default)]
    pub answered: Vec<Answered>,
    #[serde(default)]
    pub own_words: Vec<OwnWords>,
    /// The safety guard has shown the emergency numbers in this conversation.
    #[serde(default)]
    pub guard_shown: bool,
}

impl State {
    pub fn new(lang: &str) -> Self {
        State {
            version: STATE_VERSION,
            lang: lang.to_string(),
            status: Status::Idle,
            stack: Vec::new(),
            vars: BTreeMap::new(),
            answered: Vec::new(),
            own_words: Vec::new(),
            guard_shown: false,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("state is plain data")
    }

    /// Read a stored state. An unreadable or future state starts over rather
    /// than failing the resident's message.
    pub fn from_json(text: &str, fallback_lang: &str) -> Self {
        match serde_json::from_str::<State>(text) {
            Ok(s) if s.version <= STATE_VERSION => s,
            _ => State::new(fallback_lang),
        }
    }
}
