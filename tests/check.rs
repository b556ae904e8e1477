//! `luisterloket check` on the shipped files and on broken copies: a non-zero
//! exit and `file:line: what; fix` for each kind of mistake an editor makes.

mod common;

use std::path::PathBuf;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_luisterloket"))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of dialogs/ and locales/ with one edit; returns check's exit code and stderr.
fn check_with(file: &str, from: &str, to: &str) -> (i32, String, String) {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_dir(&root().join("dialogs"), &tmp.path().join("dialogs"));
    common::copy_dir(&root().join("locales"), &tmp.path().join("locales"));
    let path = tmp.path().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} does not contain {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    let out = bin()
        .arg("check")
        .arg("--dialogs")
        .arg(tmp.path().join("dialogs"))
        .arg("--locales")
        .arg(tmp.path().join("locales"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn line_of(file: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(root().join(file)).unwrap();
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn shipped_files_pass_and_report_completeness() {
    let out = bin().arg("check").current_dir(root()).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}{}", stdout, String::from_utf8_lossy(&out.stderr));
    for lang in ["nl", "en", "ar", "tr", "pl", "uk"] {
        assert!(stdout.contains(&format!("locale {lang}: ")), "{stdout}");
    }
    assert!(stdout.contains("(100%)"), "{stdout}");
}

#[test]
fn yaml_syntax_error_names_file_and_line() {
    let line = line_of("dialogs/intake.yaml", "say: intake-welcome");
    let (code, err, _) = check_with("dialogs/intake.yaml", "say: intake-welcome", "say: [intake-welcome");
    assert_ne!(code, 0);
    assert!(err.contains("intake.yaml:"), "{err}");
    // the YAML parser notices the open bracket at this line or the next
    assert!(
        err.contains(&format!("intake.yaml:{line}:")) || err.contains(&format!("intake.yaml:{}:", line + 1)),
        "{err}"
    );
    assert!(err.contains("fix the YAML"), "{err}");
}

#[test]
fn unknown_step_target_names_line_and_choices() {
    let line = line_of("dialogs/common.yaml", "id: decide");
    let (code, err, _) = check_with("dialogs/common.yaml", "goto: store", "goto: stor");
    assert_ne!(code, 0);
    assert!(err.contains(&format!("common.yaml:{line}: step 'decide' goes to unknown step 'stor'")), "{err}");
    assert!(err.contains("use one of:"), "{err}");
}

#[test]
fn unknown_flow_and_unknown_key_are_reported() {
    let (code, err, _) = check_with("dialogs/intake.yaml", "call: followup_money", "call: followup_mony");
    assert_ne!(code, 0);
    assert!(err.contains("calls flow 'followup_mony', which does not exist"), "{err}");
    let line = line_of("dialogs/intake.yaml", "say: intake-welcome");
    let (code, err, _) = check_with("dialogs/intake.yaml", "say: intake-welcome", "sya: intake-welcome");
    assert_ne!(code, 0);
    assert!(err.contains(&format!("intake.yaml:{line}: step 'welcome' has an unknown key 'sya'")), "{err}");
}

#[test]
fn unreachable_step_is_reported() {
    // a step after an `end` that nothing points at can never be reached
    let (code, err, _) = check_with(
        "dialogs/common.yaml",
        "      - id: declined\n        end: closing-declined",
        "      - id: declined\n        end: closing-declined\n      - id: orphan\n        say: closing-declined",
    );
    assert_ne!(code, 0);
    assert!(err.contains("step 'orphan' can never be reached"), "{err}");
}

#[test]
fn ending_without_summary_or_consent_is_reported() {
    // end the intake right after the story, before any summary or consent
    let (code, err, _) = check_with("dialogs/intake.yaml", "say: intake-story-intro", "end: intake-story-intro");
    assert_ne!(code, 0);
    assert!(err.contains("step 'story' can end the conversation without a summary, consent or handover"), "{err}");
    assert!(err.contains("call: closing"), "{err}");
}

#[test]
fn missing_message_in_a_locale_is_reported_per_locale() {
    let (code, err, out) = check_with("locales/tr/followups.ftl", "money-deadline =", "money-deadlin =");
    assert_ne!(code, 0);
    // the line of the step (`- id: deadline`) that asks it
    let line = line_of("dialogs/followups.yaml", "ask: money-deadline") - 1;
    assert!(
        err.contains(&format!("followups.yaml:{line}: message 'money-deadline' is missing in locale 'tr'")),
        "{err}"
    );
    assert!(out.contains("locale tr: ") && out.contains("lacks: money-deadline"), "{out}");
    assert!(out.contains("not in nl: money-deadlin"), "{out}");
}

#[test]
fn fluent_variable_the_flow_does_not_provide_is_reported() {
    let (code, err, _) = check_with("locales/en/intake.ftl", "intake-language = ", "intake-language = { $name }, ");
    assert_ne!(code, 0);
    assert!(err.contains("message 'intake-language' uses { $name }"), "{err}");
    assert!(err.contains("locales/en/intake.ftl:"), "{err}");
}

#[test]
fn fluent_syntax_error_names_line() {
    let (code, err, _) = check_with("locales/pl/common.ftl", "answer-yes =", "answer-yes");
    assert_ne!(code, 0);
    let line = line_of("locales/pl/common.ftl", "answer-yes =");
    assert!(err.contains(&format!("locales/pl/common.ftl:{line}: Fluent syntax")), "{err}");
}

#[test]
fn bad_condition_names_column() {
    let (code, err, _) = check_with("dialogs/intake.yaml", "when: \"domains has 'money'\"", "when: \"domains has\"");
    assert_ne!(code, 0);
    assert!(err.contains("condition \"domains has\""), "{err}");
}

#[test]
fn chat_refuses_broken_dialogs_with_the_problems() {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_dir(&root().join("dialogs"), &tmp.path().join("dialogs"));
    common::copy_dir(&root().join("locales"), &tmp.path().join("locales"));
    std::fs::write(tmp.path().join("dialogs/broken.yaml"), "flows:\n  x:\n    steps:\n      - id: a\n        sya: b\n")
        .unwrap();
    let out = bin().args(["chat", "--db"]).arg(tmp.path().join("t.db")).current_dir(tmp.path()).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("broken.yaml:5: step 'a' has an unknown key 'sya'"), "{err}");
}

#[test]
fn broken_safety_model_names_line_and_how_to_fix() {
    let (code, err, _) = check_with("dialogs/triage/safety-model.tsv", "messages\t", "messages\tmany ");
    assert_ne!(code, 0);
    let line = line_of("dialogs/triage/safety-model.tsv", "messages\t");
    assert!(err.contains(&format!("safety-model.tsv:{line}: bad message counts")), "{err}");
    assert!(err.contains("luisterloket triage --train"), "{err}");
}

#[test]
fn broken_domain_model_names_line_and_how_to_fix() {
    let (code, err, _) = check_with("dialogs/triage/domain-model.tsv", "bias\t", "bias\tmany\t");
    assert_ne!(code, 0);
    let line = line_of("dialogs/triage/domain-model.tsv", "bias\t");
    let numbers = luisterloket::triage::domain_model::LABELS.len();
    assert!(err.contains(&format!("domain-model.tsv:{line}: 'bias' needs {numbers} numbers")), "{err}");
    assert!(err.contains("luisterloket triage --train dialogs/triage"), "{err}");
}
