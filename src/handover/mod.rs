//! The warm handover: matching a case to a named worker, their free times,
//! and the rules of booking. Pure: it returns decisions; the runtime stores
//! them and sends the messages.

pub mod matching;
pub mod sla;
pub mod slots;
