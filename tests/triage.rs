//! Triage quality and its CLI contract.
//!
//! The labelled set in `tests/triage/labelled.jsonl` (300 messages, six
//! languages, written independently of the lexicons) is scored here; the
//! build fails when quality drops under the floors below. The real judge is a
//! held-out set nobody here sees: do not tune the lexicons to these messages.

mod common;

use luisterloket::triage::Urgency;
use luisterloket::triage::eval::{Report, evaluate, parse_jsonl};
use std::process::Command;

const MIN_DOMAIN_F1: f64 = 0.85;
const MIN_SAFETY_PRECISION: f64 = 0.80;
/// Per language the labelled set has 6 to 9 messages about someone at risk:
/// one false alarm moves precision by about 0.1. The floor per language is
/// therefore lower than the floor over all six (the second set's Polish
/// part: 6 people at risk, two false alarms, 0.75).
const MIN_SAFETY_PRECISION_PER_LANGUAGE: f64 = 0.75;
const MIN_URGENCY: f64 = 0.80;
const MIN_LANGUAGE: f64 = 0.95;

fn labelled_set(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/triage").join(name)
}

/// A labelled set in tests/triage/ scored with the shipped lexicons (printed
/// for the log): how many messages it has, and the report.
fn score_set(name: &str) -> (usize, Report) {
    let rows = parse_jsonl(&std::fs::read_to_string(labelled_set(name)).unwrap()).unwrap();
    let report = evaluate(&common::shipped_content().triage, &rows);
    println!("{report}");
    (rows.len(), report)
}

#[test]
fn labelled_set_meets_the_floors_in_every_language() {
    let (messages, report) = score_set("labelled.jsonl");
    assert!(messages >= 200, "the labelled set has {messages} messages");
    let mut failures = Vec::new();
    for (lang, s) in report.per_language.iter().map(|(l, s)| (l.as_str(), s)).chain([("all", &report.all)]) {
        if s.safety.recall() < 1.0 {
            failures.push(format!("{lang}: safety recall {:.3} (must be 1.0)", s.safety.recall()));
        }
        let floor = if lang == "all" { MIN_SAFETY_PRECISION } else { MIN_SAFETY_PRECISION_PER_LANGUAGE };
        if s.safety.precision() < floor {
            failures.push(format!("{lang}: safety precision {:.3} < {floor}", s.safety.precision()));
        }
        if s.micro.f1() < MIN_DOMAIN_F1 {
            failures.push(format!("{lang}: domain micro-F1 {:.3} < {MIN_DOMAIN_F1}", s.micro.f1()));
        }
        if s.urgency_accuracy() < MIN_URGENCY {
            failures.push(format!("{lang}: urgency accuracy {:.3} < {MIN_URGENCY}", s.urgency_accuracy()));
        }
        if s.language_accuracy() < MIN_LANGUAGE {
            failures.push(format!("{lang}: language accuracy {:.3} < {MIN_LANGUAGE}", s.language_accuracy()));
        }
    }
    assert!(failures.is_empty(), "{}\n\nmistakes:\n{}", failures.join("\n"), report.mistakes.join("\n"));
}

fn triage_raw(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_luisterloket")).arg("triage").args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "one JSON object on one line: {stdout}");
    stdout
}

fn triage_cli(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&triage_raw(args)).unwrap()
}

#[test]
fn cli_prints_exactly_the_contract() {
    let raw = triage_raw(&["--lang", "nl", "Ik heb een brief van de deurwaarder gekregen en kan de huur niet betalen"]);
    // exactly these keys, in this order, as the contract writes them
    let positions: Vec<usize> =
        ["\"language\":", "\"domains\":", "\"urgency\":", "\"safety\":"].iter().map(|k| raw.find(k).unwrap()).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{raw}");
    assert!(raw.starts_with("{\"language\":"), "{raw}");
    let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(v.as_object().unwrap().len(), 4, "{raw}");
    assert_eq!(v["language"], "nl");
    assert_eq!(v["safety"], false);
    assert_eq!(v["urgency"], "soon");
    let domains = v["domains"].as_array().unwrap();
    let ids: Vec<&str> = domains.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"money") && ids.contains(&"housing"), "{v}");
    assert!(raw.contains("{\"id\":\"money\",\"score\":"), "{raw}");
    for d in domains {
        assert_eq!(d.as_object().unwrap().len(), 3, "id, score, evidence: {d}");
        let score = d["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
        assert!(!d["evidence"].as_array().unwrap().is_empty(), "every domain has evidence: {v}");
    }
    // best first
    let scores: Vec<f64> = domains.iter().map(|d| d["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{v}");
}

#[test]
fn cli_detects_language_and_safety() {
    let v = triage_cli(&["my husband hits me and I am scared to go home"]);
    assert_eq!(v["language"], "en");
    assert_eq!(v["safety"], true);
    let ids: Vec<&str> = v["domains"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"safety"), "{v}");
    for (text, lang) in [
        ("زوجي يضربني", "ar"),
        ("мені нема де жити", "uk"),
        ("nie mam pieniędzy na czynsz", "pl"),
        ("kira borcum var", "tr"),
        // One long Dutch word among Cyrillic or Arabic ones does not make
        // the message Latin: the script is counted by word.
        ("як подати на huurtoeslag", "uk"),
        ("huurtoeslag وقفوها ليش", "ar"),
    ] {
        assert_eq!(triage_cli(&[text])["language"], lang, "{text}");
    }
    // negation: no debts is no money problem
    let v = triage_cli(&["--lang", "nl", "ik heb geen schulden"]);
    assert!(v["domains"].as_array().unwrap().iter().all(|d| d["id"] != "money"), "{v}");
}

#[test]
fn cli_eval_prints_scores() {
    let path = labelled_set("labelled.jsonl");
    let out = Command::new(env!("CARGO_BIN_EXE_luisterloket")).args(["triage", "--eval"]).arg(path).output().unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    for needle in ["precision", "recall", "micro", "safety recall", "urgency", "language", "money", "neighbourhood"] {
        assert!(s.contains(needle), "{needle} missing in:\n{s}");
    }
}

/// The second independent set (240 messages): scored once before any tuning
/// (README), now a regression guard: no one at risk may be missed.
#[test]
fn second_set_misses_nobody_at_risk() {
    let (_, report) = score_set("second-set.jsonl");
    let mut failures = Vec::new();
    for (lang, s) in &report.per_language {
        if s.safety.recall() < 1.0 {
            failures.push(format!("{lang}: safety recall {:.3} (must be 1.0)", s.safety.recall()));
        }
        if s.safety.precision() < MIN_SAFETY_PRECISION_PER_LANGUAGE {
            failures.push(format!("{lang}: safety precision {:.3}", s.safety.precision()));
        }
    }
    if report.all.safety.precision() < MIN_SAFETY_PRECISION {
        failures.push(format!("all: safety precision {:.3}", report.all.safety.precision()));
    }
    if report.all.micro.f1() < MIN_DOMAIN_F1 {
        failures.push(format!("all: domain micro-F1 {:.3}", report.all.micro.f1()));
    }
    if report.all.urgency_accuracy() < MIN_URGENCY {
        failures.push(format!("all: urgency {:.3}", report.all.urgency_accuracy()));
    }
    assert!(failures.is_empty(), "{}\n\nmistakes:\n{}", failures.join("\n"), report.mistakes.join("\n"));
}

/// (language, text) lines of a checklist file in tests/triage/.
fn checklist(name: &str) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(labelled_set(name)).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (lang, text) = l.split_once('\t').unwrap_or_else(|| panic!("{name}: no tab in {l:?}"));
            (lang.to_string(), text.to_string())
        })
        .collect()
}

/// Kinds of risk a word list must name, not leave to a model: self-harm in
/// everyday words (cutting, scratching, burning, hitting oneself, a strip of
/// pills), a wish not to wake up, and a child or old parent missing or not
/// answering. `checklist-at-risk.tsv` says each in all six languages; it was
/// written from that list of kinds, not from the held-out sets' wording. The
/// lexicons alone must hear every line, and the same words in an everyday
/// sense (`checklist-look-alikes.tsv`: a son who lost his job, a lost
/// passport, and everyday words one letter away from a risk term, such as
/// "pociąg" (a train) beside "pociąć" (to cut)) must not raise an alarm,
/// with or without the models.
#[test]
fn the_lexicons_hear_the_checklist_of_risks_and_not_its_look_alikes() {
    let lexicons = common::shipped_content().triage.without_models();
    let shipped = common::shipped_content().triage;
    let mut failures = Vec::new();
    for (lang, text) in checklist("checklist-at-risk.tsv") {
        if !lexicons.assess(&text, Some(&lang), None).safety {
            failures.push(format!("missed by the lexicons: [{lang}] {text}"));
        }
    }
    for (lang, text) in checklist("checklist-look-alikes.tsv") {
        for (which, triage) in [("lexicons", &lexicons), ("shipped models", &shipped)] {
            let a = triage.assess(&text, Some(&lang), None);
            if a.safety {
                failures.push(format!("false alarm ({which}): [{lang}] {text}: {:?}", a.safety_evidence));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Someone who may die now (at a height, a goodbye, pills saved, asking for
/// a lethal dose, wishing not to wake up, cutting again) is at risk and
/// acute, whatever a model says about urgency: `checklist-crisis.tsv` says
/// each in all six languages, written from that list of kinds, and the
/// lexicons' `crisis:` lists must hear every line.
#[test]
fn crisis_wording_is_at_risk_and_acute() {
    let shipped = common::shipped_content().triage;
    let lexicons = common::shipped_content().triage.without_models();
    let mut failures = Vec::new();
    for (lang, text) in checklist("checklist-crisis.tsv") {
        for (which, triage) in [("lexicons", &lexicons), ("shipped models", &shipped)] {
            let a = triage.assess(&text, Some(&lang), None);
            if !a.safety || a.urgency != Urgency::Acute {
                failures.push(format!("[{lang}] {text} ({which}): safety {}, urgency {:?}", a.safety, a.urgency));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Ukrainian typed in Latin letters (a phone without a Cyrillic keyboard)
/// is Ukrainian, however it is spelled; the short words and loanwords it
/// shares with Polish, Turkish, English and Dutch do not make their
/// messages Ukrainian.
#[test]
fn ukrainian_in_latin_letters_is_read_as_ukrainian() {
    let triage = common::shipped_content().triage;
    let mut failures = Vec::new();
    for text in [
        "dobryi den, meni potribna dopomoha z lystom vid gemeente",
        "ja ne mohu bilshe, ne hochu zhyty",
        "pryvit, mene vyhnaly z opvangu, kudy teper?",
        "dyakuyu shcho vy ye",
        "scho robiti, cholovik b'ye ditei",
    ] {
        let a = triage.assess(text, None, None);
        if a.language != "uk" {
            failures.push(format!("{text}: read as {}", a.language));
        }
    }
    for (lang, text) in [
        ("pl", "szkola dzwoni ze syn nie przychodzi na lekcje"),
        ("pl", "ja nie wiem co robic z tym listem"),
        ("en", "how do i get digid"),
        ("en", "depressed. no energy. GP waitlist 8 weeks"),
        ("tr", "kedim elimi fena tirmaladi, huisarta mi gitmeliyim yoksa eczane yeter mi"),
        ("nl", "sorry verkeerde chat"),
        ("ar", "salam, 3ndi mushkila ma3 sa7eb el bet"),
    ] {
        let a = triage.assess(text, None, None);
        if a.language != lang {
            failures.push(format!("{text}: read as {}, not {lang}", a.language));
        }
    }
    let a = triage.assess("ya ne khochu bilshe zhyty", None, None);
    if !a.safety {
        failures.push(format!("no alarm for a wish to die in Latin letters: {:?}", a.domains));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A danger long past that the resident says is settled ("vorig jaar
/// bedreigde hij me, nu is het rustig") is not someone at risk now, with or
/// without the models (`checklist-danger-over.tsv`); the same story where
/// the danger came back after the settled words ("maar gisteren stond hij
/// weer voor de deur") still is (`checklist-danger-back.tsv`). Both say each
/// kind in all six languages, written for this rule, not from any set.
#[test]
fn danger_that_is_over_is_no_alarm_and_danger_that_came_back_is() {
    let shipped = common::shipped_content().triage;
    let lexicons = common::shipped_content().triage.without_models();
    let mut failures = Vec::new();
    for (which, triage) in [("lexicons", &lexicons), ("shipped models", &shipped)] {
        for (lang, text) in checklist("checklist-danger-over.tsv") {
            let a = triage.assess(&text, Some(&lang), None);
            if a.safety || a.resolved.is_empty() {
                failures.push(format!(
                    "over, yet ({which}) safety {} resolved {:?}: [{lang}] {text}",
                    a.safety, a.resolved
                ));
            }
        }
        for (lang, text) in checklist("checklist-danger-back.tsv") {
            let a = triage.assess(&text, Some(&lang), None);
            if !a.safety {
                failures.push(format!("came back, yet ({which}) no alarm: [{lang}] {text} {:?}", a.resolved));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The held-out sets: no model trains on them and the typo audit leaves
/// their words out; each has its own test below that keeps its scores.
/// `<name>-set.jsonl`.
const HELD_OUT: [&str; 13] = [
    "fourth",
    "fifth",
    "sixth",
    "eighth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
];

/// Floors for a set as (what, score, floor): the failures, readable.
fn below(scores: &[(&str, f64, f64)]) -> Vec<String> {
    scores
        .iter()
        .filter(|(_, got, floor)| got < floor)
        .map(|(what, got, floor)| format!("{what} {got:.3} < {floor}"))
        .collect()
}

/// The third set (300 messages) was held out until 2026-12-01; then it
/// became the development set the lexicons' safety wording was generalised
/// on, and training data for the safety model. It keeps what it reached.
#[test]
fn third_set_keeps_its_scores() {
    let (_, report) = score_set("third-set.jsonl");
    let all = &report.all;
    let worse = below(&[
        ("domain micro-F1", all.micro.f1(), 0.85),
        ("safety recall", all.safety.recall(), 1.0),
        ("safety precision", all.safety.precision(), 0.85),
        ("urgency", all.urgency_accuracy(), 0.80),
    ]);
    assert!(worse.is_empty(), "triage got worse on the third set: {}", worse.join(", "));
}

/// A held-out set must not get worse: its floors are (domain micro-F1,
/// safety recall, safety precision, urgency, language), its scores with the
/// shipped models rounded down; some are below the targets (README).
fn held_out_keeps(file: &str, floors: [f64; 5]) {
    let (_, report) = score_set(file);
    let all = &report.all;
    let worse = below(&[
        ("domain micro-F1", all.micro.f1(), floors[0]),
        ("safety recall", all.safety.recall(), floors[1]),
        ("safety precision", all.safety.precision(), floors[2]),
        ("urgency", all.urgency_accuracy(), floors[3]),
        ("language", all.language_accuracy(), floors[4]),
    ]);
    assert!(worse.is_empty(), "triage got worse on unseen messages ({file}): {}", worse.join(", "));
}

/// The fourth set (300 messages, written blind: its writer saw no lexicon,
/// no model and no other set) is held out: no lexicon term and no model
/// weight comes from it, and no threshold was chosen with it. It estimates
/// how triage does on wordings it never saw.
#[test]
fn fourth_set_held_out_does_not_get_worse() {
    held_out_keeps("fourth-set.jsonl", [0.85, 1.0, 0.86, 0.83, 0.99]);
}

/// The fifth set (written blind like the fourth, on 2026-12-01, for
/// measuring the domain model) is held out the same way.
#[test]
fn fifth_set_held_out_does_not_get_worse() {
    held_out_keeps("fifth-set.jsonl", [0.85, 0.99, 0.84, 0.83, 0.99]);
}

/// The sixth set (written blind on 2026-12-02: a month of ordinary messages,
/// a quarter about someone at risk) is held out the same way.
#[test]
fn sixth_set_held_out_does_not_get_worse() {
    held_out_keeps("sixth-set.jsonl", [0.86, 0.98, 0.83, 0.87, 0.99]);
}

/// The eighth set (written blind on 2026-12-03: half everyday messages, a
/// quarter harm from others, a quarter suicide and self-harm, each said
/// indirectly) is held out the same way. Its writers labelled every
/// suicidal message `acute`, hence the lower urgency floor. Its eleven
/// safety misses were read on 2026-12-03 (after the eleventh set was
/// written) and the lexicons learnt their kinds, so it is no longer blind.
/// Urgency 0.78: the `when:` feature (2026-12-05) cost it one message
/// (0.790 -> 0.787) while it gained 12 on the other held-out sets together.
#[test]
fn eighth_set_held_out_does_not_get_worse() {
    held_out_keeps("eighth-set.jsonl", [0.85, 1.0, 0.91, 0.78, 0.99]);
}

/// The tenth set (written blind on 2026-12-03 by two writers who saw no
/// lexicon, model or other set: an ordinary month at the desk, 91 of 300 at
/// risk, each kind of risk at its honest urgency) is held out the same way.
/// On arrival, with the models shipped before it, it scored 0.859 / 0.912 /
/// 0.912 / 0.867 / 0.997. Its six safety misses were read on 2026-12-03
/// (after the eleventh set was written) and the lexicons learnt their kinds,
/// so it is no longer blind; the eleventh set is.
#[test]
fn tenth_set_held_out_does_not_get_worse() {
    held_out_keeps("tenth-set.jsonl", [0.85, 1.0, 0.92, 0.86, 0.99]);
}

/// The eleventh set (written blind on 2026-12-03 by three writers who saw no
/// lexicon, model or other set: a December month in Rotterdam-Zuid, a
/// smaller city with agency housing and shelters, and Nieuw-West with a
/// third written by volunteers for someone else; 92 of 300 at risk) is held
/// out the same way. On arrival, with the models shipped before it, it
/// scored 0.867 / 1.000 / 0.836 / 0.877 / 1.000.
#[test]
fn eleventh_set_held_out_does_not_get_worse() {
    held_out_keeps("eleventh-set.jsonl", [0.87, 1.0, 0.88, 0.86, 0.99]);
}

/// The twelfth set (written blind on 2026-12-03, night, by three writers who
/// saw no lexicon, model or other set: January in Overvecht and the
/// Schilderswijk after the holidays, agency workers and students around
/// Eindhoven and Tilburg typing after a shift, Amsterdam-Noord and Almere
/// where many write about someone else; 90 of 300 at risk) is held out the
/// same way. On arrival, with the models shipped before it, it scored
/// 0.849 / 0.944 / 0.773 / 0.787 / 0.993: below the targets, five people at
/// risk missed. Its misses and false alarms were read on 2026-12-04, after
/// the thirteenth set arrived (jokes about being killed, an injury kept from
/// a doctor, hoping not to live to see a year); it is no longer blind. The
/// floors are the shipped scores, rounded down.
#[test]
fn twelfth_set_held_out_does_not_get_worse() {
    held_out_keeps("twelfth-set.jsonl", [0.86, 0.98, 0.88, 0.81, 0.99]);
}

/// The thirteenth set (written blind on 2026-12-04 by three writers who saw
/// no lexicon, model or other set: Leiden and Gouda during Ramadan, Heerlen
/// and Kerkrade, Den Haag Moerwijk and Laak with short messages and
/// teenagers; 90 of 298 at risk) is held out the same way. On arrival,
/// with the 41-set models, it scored 0.870 / 0.989 / 0.918 / 0.836 / 1.000
/// (one person at risk missed, in Polish); the floors are those, rounded down.
/// Its miss and false alarms were read on 2026-12-04 evening, after the
/// fifteenth set was written, so it is no longer blind.
#[test]
fn thirteenth_set_held_out_does_not_get_worse() {
    held_out_keeps("thirteenth-set.jsonl", [0.86, 0.98, 0.91, 0.83, 0.99]);
}

/// The fourteenth set (written blind on 2026-12-04 by three writers who saw
/// no lexicon, model or other set: Rotterdam-Feijenoord and Hillesluis in
/// February, Lelystad and Emmen, Utrecht Kanaleneiland and Zuilen where a
/// third of the messages come from volunteers writing for someone else; 104
/// of 300 at risk) is held out the same way, and blind like the thirteenth.
/// On arrival, with the models trained after the twelfth set was read, it
/// scored 0.851 / 0.971 / 0.842 / 0.847 / 0.997 (three people at risk
/// missed: one in Dutch, two in Ukrainian). It was read on 2026-12-05, once
/// the sixteenth set was blind (settled words in six languages; an employer
/// threatening to report illegal work; "агенство"), so it is no longer
/// blind; with the `when:` feature its urgency fell 0.847 -> 0.837, and
/// trained again after the fifteenth set was read, to 0.827 (a trade taken
/// on purpose: the floor went down 0.01, the fifteenth's misses were found).
/// The floors are the shipped scores, rounded down.
#[test]
fn fourteenth_set_held_out_does_not_get_worse() {
    held_out_keeps("fourteenth-set.jsonl", [0.85, 0.98, 0.89, 0.82, 0.99]);
}

/// The fifteenth set (written blind on 2026-12-04 by three writers who saw
/// no lexicon, model or other set: Nijmegen and Arnhem in late spring;
/// Zaandam, Purmerend and Den Helder in autumn; Groningen and Leeuwarden in
/// winter, typed with voice-to-text, switching language, or in Latin letters
/// where the language has its own script; 102 of 300 at risk) is held out
/// the same way, and blind like the thirteenth and fourteenth. On arrival,
/// with the shipped 43-set models, it scored 0.855 / 0.931 / 0.913 / 0.833 /
/// 0.983 (seven people at risk missed). Ukrainian in Latin letters then
/// found one more (0.941) and read two more messages' language; the
/// models trained again with that reading and the thirteenth set's kinds
/// moved urgency to 0.823. With the `when:` feature and "half a pair is no
/// danger" (2026-12-05) it scored 0.861 / 0.941 / 0.914 / 0.823 / 0.990.
/// It was read on 2026-12-05, once the sixteenth and seventeenth sets were
/// blind (an employer threatening to call the IND, in six languages; a
/// threat and a forced marriage in Moroccan Arabic in Latin letters; "if I
/// complain they put me out of the house" in Ukrainian), so it is no longer
/// blind: 0.864 / 0.990 / 0.918 / 0.823 / 0.990 (one left missed: a child of
/// 9 alone at night while both parents work). The floors are the shipped
/// scores, rounded down.
#[test]
fn fifteenth_set_held_out_does_not_get_worse() {
    held_out_keeps("fifteenth-set.jsonl", [0.86, 0.99, 0.91, 0.82, 0.99]);
}

/// The sixteenth set (written blind on 2026-12-05 by three writers who saw
/// no lexicon, model or other set: Den Haag (Schilderswijk, Moerwijk, Laak)
/// and Delft in high summer, with greenhouse work in the Westland;
/// Eindhoven, Helmond and Tilburg in late autumn and at New Year, typed with
/// voice-to-text or in Latin letters; Almere, Lelystad and Zwolle in early
/// spring, in short messages; 102 of 300 at risk) is held out the same way,
/// and blind like the fifteenth. On arrival, with the shipped 43-set models,
/// it scored 0.852 / 0.980 / 0.935 / 0.760 / 0.997 (two people at risk
/// missed: one in Arabic, one in Dutch; urgency the lowest of any set); the
/// floors are those, rounded down, except urgency: the models trained again
/// after "half a pair is no danger" (shipped by the rule on the eight older
/// sets: false alarms 86 -> 83, misses 1 -> 1) score 0.757 here, three
/// messages fewer than on arrival.
#[test]
fn sixteenth_set_held_out_does_not_get_worse() {
    held_out_keeps("sixteenth-set.jsonl", [0.85, 0.98, 0.93, 0.75, 0.99]);
}

/// The seventeenth set (written blind on 2026-12-05 by three writers who saw
/// no lexicon, model or other set: Rotterdam-Zuid and Dordrecht in late
/// autumn; Venlo, Roermond and Sittard-Geleen with greenhouse and warehouse
/// work in high summer; Enschede, Hengelo, Almelo and Amersfoort/Overvecht
/// in winter and Ramadan; 103 of 300 at risk) is held out the same way, and
/// blind. On arrival, with the shipped 43-set models, it scored 0.827 /
/// 0.932 / 0.793 / 0.783 / 0.993: the hardest set so far, below the targets
/// on every score but language; the floors are those, rounded down. (After
/// the fifteenth set was read and the models trained again: 0.827 / 0.932 /
/// 0.793 / 0.790 / 0.993.)
#[test]
fn seventeenth_set_held_out_does_not_get_worse() {
    held_out_keeps("seventeenth-set.jsonl", [0.82, 0.93, 0.79, 0.78, 0.99]);
}

/// The eighteenth set (written blind on 2026-12-05 by three writers who saw
/// no lexicon, model or other set: Breda and Roosendaal in early spring and
/// Ramadan, Schiedam and Vlaardingen in late autumn; Den Bosch and Oss in a
/// summer heat wave, Haarlem-Schalkwijk and IJmuiden in a January storm;
/// Apeldoorn and Deventer in October, Zaandam and Purmerend at New Year;
/// 102 of 300 at risk) is held out the same way, and blind. On arrival, with
/// the shipped 43-set models, it scored 0.851 / 0.922 / 0.817 / 0.783 /
/// 0.997; after the IND terms were bound to an employer and the models
/// trained again, 0.851 / 0.922 / 0.825 / 0.793 / 0.997. The floors are
/// those, rounded down. Its misses are not read yet: it stays blind.
#[test]
fn eighteenth_set_held_out_does_not_get_worse() {
    held_out_keeps("eighteenth-set.jsonl", [0.85, 0.92, 0.82, 0.79, 0.99]);
}

/// The shipped models are what `luisterloket triage --train` makes from the
/// labelled sets their headers name: nobody edited a number by hand, and a
/// changed set without new models fails here (train again, see README).
#[test]
fn shipped_models_are_reproducible() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |name: &str| std::fs::read_to_string(root.join("dialogs/triage").join(name)).unwrap();
    let made_from = |model: &str| -> Vec<String> {
        model
            .lines()
            .filter_map(|l| l.strip_prefix("#   "))
            .map(|l| l.split(" (").next().unwrap().to_string())
            .collect()
    };
    let (safety, domains) = (read("safety-model.tsv"), read("domain-model.tsv"));
    let files = made_from(&safety);
    assert_eq!(files, made_from(&domains), "both models are made from the same sets");
    assert!(files.len() >= 3, "the models name the sets they were made from: {files:?}");
    for held_out in HELD_OUT {
        assert!(!files.iter().any(|f| f.contains(held_out)), "the held-out {held_out} set must not train a model");
    }
    let out = tempfile::tempdir().unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_luisterloket"))
        .current_dir(root)
        .args(["triage", "--train"])
        .arg(out.path())
        .args(&files)
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let trained = |name: &str| std::fs::read_to_string(out.path().join(name)).unwrap();
    assert!(trained("safety-model.tsv") == safety, "dialogs/triage/safety-model.tsv is stale: train again");
    assert!(trained("domain-model.tsv") == domains, "dialogs/triage/domain-model.tsv is stale: train again");
}

/// One-word alarm terms are forgiven a one-letter typo, which makes them hear
/// every word one letter away. Every word the labelled *training* sets use
/// in at least two messages where nobody is at risk is an everyday word of
/// its language; none may raise an alarm that way. This is the audit that found "pociąg" (a train) heard as "pociąć"
/// (to cut), so a new term cannot bring such a mistake back unnoticed.
#[test]
fn no_everyday_word_raises_an_alarm_through_a_forgiven_typo() {
    use std::collections::BTreeMap;
    let lexicons = common::shipped_content().triage.without_models();
    // language -> word -> (messages at risk, messages where nobody is)
    let mut words: BTreeMap<String, BTreeMap<String, (u32, u32)>> = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(labelled_set("")).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.retain(|p| {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        name.ends_with(".jsonl") && !HELD_OUT.iter().any(|h| name == format!("{h}-set.jsonl"))
    });
    assert!(files.len() >= 20, "training sets: {files:?}");
    for file in &files {
        for row in parse_jsonl(&std::fs::read_to_string(file).unwrap()).unwrap() {
            let mut seen: Vec<&str> = Vec::new();
            let folded = luisterloket::text::fold(&row.text);
            for w in folded.split_whitespace() {
                if seen.contains(&w) {
                    continue;
                }
                seen.push(w);
                let e = words.entry(row.lang.clone()).or_default().entry(w.to_string()).or_default();
                if row.safety { e.0 += 1 } else { e.1 += 1 }
            }
        }
    }
    let mut failures = Vec::new();
    let mut audited = 0;
    for (lang, counts) in &words {
        for (word, &(a, b)) in counts {
            if b < 2 {
                continue;
            }
            audited += 1;
            for term in lexicons.typo_alarms(lang, word) {
                failures.push(format!(
                    "[{lang}] '{word}' ({b} messages without risk, {a} at risk) is heard as the alarm term '{term}' \
                     through a forgiven typo: write the term as a prefix ('{term}*') or list its forms, \
                     and add a look-alike line to tests/triage/checklist-look-alikes.tsv"
                ));
            }
        }
    }
    println!("audited {audited} everyday words in {} languages", words.len());
    assert!(audited > 1000, "only {audited} everyday words: did the sets move?");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
