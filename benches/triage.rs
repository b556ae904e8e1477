//! Triage speed: one message at a time, over the labelled set (six languages,
//! language detection included). Run: `cargo bench --bench triage`.

use luisterloket::content::{Content, Location};
use luisterloket::triage::eval::parse_jsonl;
use std::time::{Duration, Instant};

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let content =
        Content::load(&Location::Folders { dialogs: root.join("dialogs"), locales: root.join("locales") }).unwrap().0;
    let rows = parse_jsonl(&std::fs::read_to_string(root.join("tests/triage/labelled.jsonl")).unwrap()).unwrap();
    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..20 {
        for row in &rows {
            let t = Instant::now();
            let a = content.triage.assess(&row.text, None, None);
            times.push(t.elapsed());
            std::hint::black_box(a);
        }
    }
    times.sort();
    let at = |p: f64| times[((times.len() - 1) as f64 * p) as usize];
    println!(
        "triage of one message (detection + all domains, urgency, safety): median {:?}, p99 {:?}, max {:?} over {} runs",
        at(0.5),
        at(0.99),
        times[times.len() - 1],
        times.len()
    );
}
