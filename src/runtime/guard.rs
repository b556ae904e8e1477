//! The safety guard: on every message, at any step, outside every script.
//!
//! When triage hears that someone is at risk, the resident gets the emergency
//! numbers at once, in their language, the case is flagged acute (the engine
//! keeps that in the conversation), and the on-duty coordinator gets an alert.
//! Then the conversation goes on where it was. No dialog file can switch this
//! off: it does not run through the script at all.

use crate::engine::{Reply, State};
use crate::i18n::Catalog;
use crate::triage::Assessment;

/// The message with the numbers: 112, Veilig Thuis, 113, Kindertelefoon.
pub const GUARD_MESSAGE: &str = "guard-safety";

/// What the guard does for one message, if anything.
pub struct Guarded {
    pub reply: Reply,
    /// The words that triggered it, for the coordinator's alert.
    pub evidence: Vec<String>,
}

/// Decide on the guard for a message whose step produced `state`. The numbers
/// are sent on the first alarming message of a conversation; an alert is
/// recorded for every alarming message, so the coordinator sees it go on.
pub fn check(texts: &Catalog, state: &mut State, assessment: &Assessment) -> Option<Guarded> {
    if !assessment.safety {
        return None;
    }
    let first = !state.guard_shown;
    state.guard_shown = true;
    let text = if first { texts.render(&state.lang, GUARD_MESSAGE, &[]) } else { String::new() };
    Some(Guarded { reply: Reply::say(text), evidence: assessment.safety_evidence.clone() })
}
