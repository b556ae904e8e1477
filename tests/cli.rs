//! The binary as a newcomer uses it: a full intake piped into `luisterloket
//! chat`, one message per line, ends with a stored case, in every language.

use std::io::Write;
use std::process::{Command, Stdio};

fn inputs(transcript: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts").join(transcript);
    let text = std::fs::read_to_string(path).unwrap();
    let mut out = String::new();
    for line in text.lines().filter_map(|l| l.strip_prefix("> ")) {
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn run(db: &std::path::Path, args: &[&str], stdin: &str) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_luisterloket"))
        .args(args)
        .arg("--db")
        .arg(db)
        // an empty folder: no ./dialogs here, so the built-in copies are used
        .current_dir(db.parent().unwrap())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn piped_intake_stores_a_case_in_each_language() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("cli.db");
    let langs = [
        ("nl", "01-intake-nl.txt"),
        ("en", "02-intake-en.txt"),
        ("ar", "03-intake-ar.txt"),
        ("tr", "04-intake-tr.txt"),
        ("pl", "05-intake-pl.txt"),
        ("uk", "06-intake-uk.txt"),
    ];
    for (i, (lang, file)) in langs.iter().enumerate() {
        let user = format!("user-{lang}");
        let (ok, stdout, stderr) = run(&db, &["chat", "--lang", lang, "--user", &user], &inputs(file));
        assert!(ok, "{stderr}");
        assert!(stdout.contains("112"), "the closing text names 112:\n{stdout}");
        let (ok, cases, stderr) = run(&db, &["cases"], "");
        assert!(ok, "{stderr}");
        let lines: Vec<&str> = cases.lines().collect();
        assert_eq!(lines.len(), i + 1, "{cases}");
        let case: serde_json::Value = serde_json::from_str(lines[i]).unwrap();
        assert_eq!(case["lang"], *lang);
        assert_eq!(case["user_key"], format!("console:{user}"));
        assert_eq!(case["consent"], true);
        assert!(case["domains"].as_array().unwrap().len() >= 2, "{case}");
    }
}
