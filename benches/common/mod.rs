//! What the benchmarks share: the shipped content, collecting timings from
//! concurrent residents, and percentiles.

#![allow(dead_code)]

use luisterloket::content::{Content, Location};
use std::time::Duration;

/// The dialogs, texts and lexicons in this checkout.
pub fn shipped_content() -> Content {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    Content::load(&Location::Folders { dialogs: root.join("dialogs"), locales: root.join("locales") }).unwrap().0
}

/// Every resident's timings, sorted (for [`percentile`]).
pub async fn sorted_times(tasks: Vec<tokio::task::JoinHandle<Vec<Duration>>>) -> Vec<Duration> {
    let mut times = Vec::new();
    for t in tasks {
        times.extend(t.await.unwrap());
    }
    times.sort();
    times
}

/// The value at fraction `p` (0.5 = median) of sorted timings, nearest rank.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}
