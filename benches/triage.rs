//! Triage speed: one message at a time, over the labelled set (six languages,
//! language detection included). Run: `cargo bench --bench triage`.

mod common;

use common::{percentile, shipped_content};
use luisterloket::triage::eval::parse_jsonl;
use std::time::{Duration, Instant};

fn main() {
    let content = shipped_content();
    let labelled = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/triage/labelled.jsonl");
    let rows = parse_jsonl(&std::fs::read_to_string(labelled).unwrap()).unwrap();
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
    println!(
        "triage of one message (detection + all domains, urgency, safety): median {:?}, p99 {:?}, max {:?} over {} runs",
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times[times.len() - 1],
        times.len()
    );
}
