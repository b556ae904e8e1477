//! Property test of the pure engine: any sequence of messages keeps the
//! conversation valid. Every message gets an answer, an active conversation
//! always waits on a real question, every text exists, and the state survives
//! a round trip through JSON (as it does through the database).

mod common;

use luisterloket::engine::{self, Effect, Event, State, Status};
use luisterloket::script::{HandoverAction, StepKind};
use serde_json::json;

/// A small deterministic generator (xorshift): no dependency, same run every time.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const INPUTS: &[&str] = &[
    "/afspraak",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "10",
    "11",
    "12",
    "13",
    "0",
    "99",
    "ja",
    "nee",
    "yes",
    "no",
    "نعم",
    "так",
    "klaar",
    "Done",
    "1, 3",
    "2 4 6",
    "geld en wonen",
    "/taal",
    "/stop",
    "/start",
    "/mens",
    "/help",
    "/onbekend",
    "",
    "   ",
    "😀😀",
    "\u{200B}",
    "06 12345678",
    "1234 AB",
    "25-12-2026",
    "Praat met een mens",
    "🌐 Other language",
    "ik wil een mens spreken",
    "Ik heb schulden en mijn huis is niet veilig.",
    "مرحبا، أحتاج مساعدة",
    "Weet ik niet",
    "Sla over",
    "Zeg ik liever niet",
    "Nederlands",
    "Türkçe",
];

#[test]
fn any_message_sequence_keeps_the_conversation_valid() {
    let content = common::shipped_content();
    let script = &content.script;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut cases = 0;
    let mut ended = 0;
    for conversation in 0..400 {
        let mut state = State::new("nl");
        for n in 0..80 {
            let text = if rng.next().is_multiple_of(50) { "x".repeat(5000) } else { rng.pick(INPUTS).to_string() };
            let hint =
                if n == 0 { Some(rng.pick(&["nl", "en", "ar", "tr", "pl", "uk", "de"]).to_string()) } else { None };
            let event = Event { text: text.clone(), lang_hint: hint, triage: None };
            let (mut next, mut effects) = engine::step(script, &content.texts, &state, &event);
            let at = format!("conversation {conversation}, message {n} ({text:?})");
            // Play the runtime's part for `handover:` steps: sometimes a worker
            // with free times, sometimes nobody; sometimes the booking is lost.
            while let Some(Effect::Request(action)) = effects.last().cloned() {
                let mut found = std::collections::BTreeMap::new();
                let lucky = !rng.next().is_multiple_of(3);
                match action {
                    HandoverAction::Match if lucky => {
                        found.insert("worker".into(), json!("fatima"));
                        found.insert("worker_name".into(), json!("Fatima"));
                        found.insert("worker_org".into(), json!("Trefpunt"));
                        found.insert("worker_languages".into(), json!("Nederlands"));
                        found.insert("worker_intro".into(), json!("Ik ben Fatima."));
                        found.insert("handover_id".into(), json!(1));
                        found.insert(
                            "offered_times".into(),
                            json!([{"value": "2026-12-01T08:00:00+00:00", "label": "dinsdag 1 december, 09:00"}]),
                        );
                    }
                    HandoverAction::Match => {
                        found.insert("worker".into(), serde_json::Value::Null);
                    }
                    HandoverAction::Book => {
                        found.insert("booked".into(), json!(lucky));
                        found.insert("booked_label".into(), json!("dinsdag 1 december, 09:00"));
                        found.insert("offered_times".into(), json!([]));
                    }
                    HandoverAction::Offers => {
                        found.insert("offers_text".into(), json!(if lucky { "• Voedselbank" } else { "" }));
                    }
                    HandoverAction::Mine if lucky => {
                        found.insert("handover_id".into(), json!(1));
                        found.insert("worker".into(), json!("fatima"));
                        found.insert("worker_name".into(), json!("Fatima"));
                        found.insert("booked_label".into(), json!("dinsdag 1 december, 09:00"));
                    }
                    HandoverAction::Mine => {
                        found.insert("handover_id".into(), serde_json::Value::Null);
                    }
                    HandoverAction::Cancel | HandoverAction::Release => {}
                    HandoverAction::Another if lucky => {
                        found.insert("worker".into(), json!("daan"));
                        found.insert("worker_name".into(), json!("Daan"));
                        found.insert("declined_workers".into(), json!(["fatima"]));
                    }
                    HandoverAction::Another => {
                        found.insert("worker".into(), serde_json::Value::Null);
                    }
                    HandoverAction::Callback => {
                        found.insert("booked".into(), json!(true));
                    }
                    HandoverAction::Times => {
                        found.insert(
                            "offered_times".into(),
                            json!([{"value": "2026-12-02T08:00:00+00:00", "label": "woensdag 2 december, 09:00"}]),
                        );
                    }
                }
                effects.pop();
                let (resumed, more) = engine::resume(script, &content.texts, &next, found);
                next = resumed;
                effects.extend(more);
            }

            let replies: Vec<_> =
                effects.iter().filter_map(|e| if let Effect::Reply(r) = e { Some(r) } else { None }).collect();
            assert!(!replies.is_empty(), "{at}: no answer");
            for r in &replies {
                // a missing message renders as "[id]"
                assert!(!(r.text.starts_with('[') && r.text.ends_with(']')), "{at}: missing text {:?}", r.text);
                assert!(!r.text.trim().is_empty(), "{at}: empty reply");
            }
            assert!(!effects.iter().any(|e| matches!(e, Effect::ScriptError(_))), "{at}: script error");
            cases += effects.iter().filter(|e| matches!(e, Effect::SubmitCase(_))).count();
            if effects.contains(&Effect::Ended) {
                ended += 1;
                assert_eq!(next.status, Status::Idle, "{at}");
                assert!(next.vars.is_empty() && next.own_words.is_empty(), "{at}: answers kept after the end");
            }
            if next.status == Status::Active {
                let top = next.stack.last().unwrap_or_else(|| panic!("{at}: active without a flow"));
                assert!(top.waiting, "{at}: active but not waiting for an answer");
                let flow = script.flow(&top.flow).unwrap();
                let step = &flow.steps[flow.position(top.step.as_deref().unwrap()).unwrap()];
                assert!(matches!(step.kind, StepKind::Ask(_)), "{at}: waiting on a {}", step.kind.name());
            }
            let json = next.to_json();
            assert_eq!(State::from_json(&json, "nl"), next, "{at}: state does not survive JSON");
            assert!(script.desk.languages.contains(&next.lang), "{at}: unsupported language {}", next.lang);
            state = next;
        }
    }
    // The random walk must really reach the end of conversations, or it tests little.
    assert!(cases > 20, "only {cases} cases submitted");
    assert!(ended > 100, "only {ended} conversations ended");
}

/// Triage reports how urgent a message is by itself ("my husband checks my
/// phone" is not urgent by the words); the desk treats any case with someone
/// at risk as acute, and keeps why.
#[test]
fn a_message_about_someone_at_risk_makes_the_case_acute() {
    let content = common::shipped_content();
    let note = |urgency, safety| luisterloket::engine::TriageNote {
        domains: vec!["safety".into()],
        urgency,
        safety,
        evidence: vec!["checks my phone".into()],
    };
    let mut state = State::new("en");
    for (text, urgency, safety) in [("hello", None, false), ("my husband checks my phone every night", None, true)] {
        let event = Event { text: text.into(), lang_hint: Some("en".into()), triage: Some(note(urgency, safety)) };
        state = engine::step(&content.script, &content.texts, &state, &event).0;
    }
    assert_eq!(state.vars.get("urgency"), Some(&json!("acute")), "{:?}", state.vars);
    assert_eq!(state.vars.get("safety"), Some(&json!(true)));
    let reasons = state.vars.get("urgency_reasons").and_then(|v| v.as_array()).cloned().unwrap_or_default();
    assert!(reasons.contains(&json!("text: checks my phone")), "{reasons:?}");

    // Without someone at risk, the same words leave the urgency as triage said.
    let mut calm = State::new("en");
    for text in ["hello", "my husband checks my phone every night"] {
        let event = Event { text: text.into(), lang_hint: Some("en".into()), triage: Some(note(None, false)) };
        calm = engine::step(&content.script, &content.texts, &calm, &event).0;
    }
    assert_ne!(calm.vars.get("urgency"), Some(&json!("acute")), "{:?}", calm.vars);
}
