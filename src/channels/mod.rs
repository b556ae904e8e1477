//! Channels translate a platform's messages into [`Inbound`](crate::runtime::Inbound)
//! events and deliver the outbox back. They know nothing of flows, triage or SQL.

pub mod console;
pub mod telegram;
