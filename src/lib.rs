//! luisterloket: a multilingual chat-first listening desk for Dutch neighbourhoods.
//!
//! The layers, top to bottom (arrows point down only):
//! `channels` → `runtime` → `engine` (pure) → `script` / `i18n`, with `store`
//! beside the runtime. See DESIGN.md in the shared folder and the README.

pub mod channels;
pub mod check;
pub mod config;
pub mod content;
pub mod directory;
pub mod engine;
pub mod handover;
pub mod i18n;
pub mod runtime;
pub mod script;
pub mod store;
pub mod text;
pub mod triage;
