//! Whole conversations as text, run through the console channel against the
//! shipped dialogs, on SQLite and PostgreSQL.
//!
//! Format of `tests/transcripts/*.txt` (a coordinator can write one):
//!
//! ```text
//! # a comment
//! @user ayla          who is typing (each user has their own conversation)
//! @lang ar            the language hint the "phone" sends (or: @lang none)
//! > hallo             the resident sends a message (">" alone: an empty message;
//!                     \u{200B}-style escapes allowed)
//! < Welkom ...        a line the bot must answer, exactly, in order
//! @repeat 10000 a     send "a" repeated 10000 times
//! @redeliver          the platform delivers the last message again
//! @inbox              what is waiting for this user now (a worker's new handover)
//! @tick               the scheduler runs what is due (SLA checks, reminders, follow-ups)
//! @clock 2027-03-25T09:00:00Z   the time now (the default is Monday 30 November 2026, 10:00 in Amsterdam)
//! @restart            the bot stops and starts again on the same database
//! @case lang=nl domains=money,housing consent=true own_words=1 answers.contact=phone
//!                     the last stored case has these values
//!                     (len:answers.story=10000: the answer has that many characters)
//! @cases 0            this many cases are stored
//! @alerts 1           this many safety alerts are stored
//! @handovers accepted 1   this many handovers are in that state
//! @appointment 2027-03-29T07:00:00.000Z   the newest booked appointment starts then (UTC)
//! ```
//!
//! Run with `BLESS=1` to rewrite the `<` lines from what the bot says now
//! (then read the diff before committing it).

mod common;

use luisterloket::channels::console::{ConsoleSession, render};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

enum Line {
    Keep(String),
    Send(String),
    Expect(String),
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("\\u{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 3..];
        match after.find('}').and_then(|j| u32::from_str_radix(&after[..j], 16).ok().map(|c| (j, c))) {
            Some((j, code)) => {
                out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                rest = &after[j + 1..];
            }
            None => {
                out.push_str("\\u{");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn parse(text: &str) -> Vec<Line> {
    text.lines()
        .map(|l| {
            if l == ">" {
                Line::Send(String::new())
            } else if let Some(m) = l.strip_prefix("> ") {
                Line::Send(unescape(m))
            } else if l == "<" {
                Line::Expect(String::new())
            } else if let Some(e) = l.strip_prefix("< ") {
                Line::Expect(e.to_string())
            } else {
                Line::Keep(l.to_string())
            }
        })
        .collect()
}

/// Run one transcript; returns the transcript as it happened (for BLESS) and the mismatches.
async fn run(path: &Path, url: &str) -> (String, Vec<String>) {
    let text = std::fs::read_to_string(path).unwrap();
    let raw: Vec<&str> = text.lines().collect();
    let clock = common::FixedClock::at("2026-11-30T09:00:00Z");
    let mut runtime = common::runtime_at(url, clock.clone()).await;
    let mut session: Option<ConsoleSession> = None;
    let mut user = "console:resident".to_string();
    let mut hint: Option<String> = None;
    let mut actual = String::new();
    let mut problems = Vec::new();
    let mut expected: Vec<String> = Vec::new();
    let mut got: Vec<String> = Vec::new();
    let mut at_line = 0;

    for (n, line) in parse(&text).into_iter().enumerate() {
        let lineno = n + 1;
        if let Line::Expect(e) = line {
            expected.push(e);
            continue;
        }
        // Any other line closes the bot's answer to the previous action.
        if expected != got {
            problems.push(mismatch(path, at_line, &got, &expected));
        }
        for l in got.drain(..) {
            let _ = writeln!(actual, "< {l}");
        }
        expected.clear();
        let _ = writeln!(actual, "{}", raw[n]);
        let replies = match line {
            Line::Send(m) => {
                at_line = lineno;
                let s = session.get_or_insert_with(|| ConsoleSession::new(&runtime, &user, hint.clone()));
                s.send(&m).await.unwrap_or_else(|e| panic!("{}:{lineno}: {e:#}", path.display()))
            }
            Line::Keep(k) => {
                let mut words = k.split_whitespace();
                let directive = words.next().unwrap_or("").to_string();
                let args: Vec<&str> = words.collect();
                match directive.as_str() {
                    "@user" => {
                        user = format!("console:{}", args[0]);
                        session = None;
                        Vec::new()
                    }
                    "@lang" => {
                        hint = args.first().filter(|l| **l != "none").map(|l| l.to_string());
                        if let Some(s) = session.as_mut() {
                            s.set_lang_hint(hint.clone());
                        }
                        Vec::new()
                    }
                    "@repeat" => {
                        at_line = lineno;
                        let count: usize = args[0].parse().expect("@repeat N TEXT");
                        let s = session.get_or_insert_with(|| ConsoleSession::new(&runtime, &user, hint.clone()));
                        s.send(&args[1..].join(" ").repeat(count)).await.unwrap()
                    }
                    "@tick" => {
                        runtime.tick().await.unwrap();
                        Vec::new()
                    }
                    "@clock" => {
                        clock.set(args[0]);
                        Vec::new()
                    }
                    "@inbox" => {
                        at_line = lineno;
                        let s = session.get_or_insert_with(|| ConsoleSession::new(&runtime, &user, hint.clone()));
                        s.flush().await.unwrap()
                    }
                    "@redeliver" => {
                        at_line = lineno;
                        session.as_mut().expect("@redeliver after a message").redeliver().await.unwrap()
                    }
                    "@restart" => {
                        session = None;
                        runtime.store().close().await;
                        runtime = common::runtime_at(url, clock.clone()).await;
                        Vec::new()
                    }
                    "@handovers" => {
                        let store = runtime.store();
                        let n = store.handovers(Some(args[0]), None).await.unwrap().len();
                        let want: usize = args[1].parse().expect("@handovers STATE N");
                        if n != want {
                            problems.push(format!(
                                "{}:{lineno}: {n} handovers {}, expected {want}",
                                path.display(),
                                args[0]
                            ));
                        }
                        Vec::new()
                    }
                    "@appointment" => {
                        let store = runtime.store();
                        let all = store.handovers(None, None).await.unwrap();
                        let got = all.iter().rev().find_map(|h| h.appointment.clone()).unwrap_or_default();
                        if got != args[0] {
                            problems.push(format!(
                                "{}:{lineno}: the appointment is at {got:?} (UTC), expected {}",
                                path.display(),
                                args[0]
                            ));
                        }
                        Vec::new()
                    }
                    "@alerts" => {
                        let store = runtime.store();
                        let n = store.alerts(true).await.unwrap().len();
                        let want: usize = args[0].parse().expect("@alerts N");
                        if n != want {
                            problems.push(format!("{}:{lineno}: {n} alerts stored, expected {want}", path.display()));
                        }
                        Vec::new()
                    }
                    "@case" | "@cases" => {
                        let store = runtime.store();
                        let cases = store.cases().await.unwrap();
                        let at = format!("{}:{lineno}", path.display());
                        if directive == "@cases" {
                            let want: usize = args[0].parse().expect("@cases N");
                            if cases.len() != want {
                                problems.push(format!("{at}: {} cases stored, expected {want}", cases.len()));
                            }
                        } else {
                            check_case(cases.last(), &args, &at, &mut problems);
                        }
                        Vec::new()
                    }
                    "" => Vec::new(),
                    d if d.starts_with('#') => Vec::new(),
                    d => panic!("{}:{lineno}: unknown directive {d}", path.display()),
                }
            }
            Line::Expect(_) => unreachable!(),
        };
        for r in &replies {
            got.extend(render(r));
        }
    }
    if expected != got {
        problems.push(mismatch(path, at_line, &got, &expected));
    }
    for l in got.drain(..) {
        let _ = writeln!(actual, "< {l}");
    }
    drop(session);
    runtime.store().close().await;
    (actual, problems)
}

fn mismatch(path: &Path, at: usize, got: &[String], expected: &[String]) -> String {
    let show = |v: &[String]| v.iter().map(|l| format!("< {l}")).collect::<Vec<_>>().join("\n");
    format!("{}:{at}: the bot said\n{}\nbut the transcript expects\n{}", path.display(), show(got), show(expected))
}

fn check_case(case: Option<&luisterloket::store::CaseRow>, args: &[&str], at: &str, problems: &mut Vec<String>) {
    let Some(case) = case else {
        problems.push(format!("{at}: no case stored"));
        return;
    };
    let json = serde_json::to_value(case).unwrap();
    for arg in args {
        let (key, want) = arg.split_once('=').expect("@case key=value");
        let got = match key {
            "own_words" => json["own_words"].as_array().map(|a| a.len().to_string()).unwrap_or_default(),
            "domains" => json["domains"]
                .as_array()
                .map(|a| a.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>().join(","))
                .unwrap_or_default(),
            k if k.starts_with("len:answers.") => {
                json["answers"][&k[12..]].as_str().map(|s| s.chars().count().to_string()).unwrap_or_default()
            }
            k if k.starts_with("answers.") => match &json["answers"][&k[8..]] {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => String::new(),
                v => v.to_string(),
            },
            k => match &json[k] {
                serde_json::Value::String(s) => s.clone(),
                v => v.to_string(),
            },
        };
        if got != want {
            problems.push(format!("{at}: case {key} is {got:?}, expected {want:?}"));
        }
    }
}

fn transcripts() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transcripts_pass_on_every_database() {
    let files = transcripts();
    assert!(files.len() >= 10, "expected the shipped transcripts, found {}", files.len());
    let bless = std::env::var("BLESS").as_deref() == Ok("1");
    let mut problems = Vec::new();
    let mut runs = std::collections::BTreeMap::new();
    for file in &files {
        // Each transcript gets its own empty databases.
        for db in common::databases().await {
            let (actual, p) = run(file, &db.url).await;
            *runs.entry(db.label).or_insert(0) += 1;
            if bless && db.label == "sqlite" {
                std::fs::write(file, &actual).unwrap();
            }
            problems.extend(p.into_iter().map(|x| format!("[{}] {x}", db.label)));
        }
    }
    println!("transcripts run per database: {runs:?}");
    if !bless {
        assert!(problems.is_empty(), "{} mismatches:\n\n{}", problems.len(), problems.join("\n\n"));
    }
}
