//! Loading and validating what people edit: the dialog flows in `dialogs/`.
//! Nothing here runs a conversation; see `engine` for that.

pub mod diagnostic;
pub mod expr;
pub mod load;
pub mod model;
pub mod validate;

pub use diagnostic::Diagnostic;
pub use load::{Source, parse, read_dir, read_optional_dir};
pub use model::*;

/// Parse and validate in one go: the script, or every problem found.
pub fn load(sources: &[Source]) -> Result<Script, Vec<Diagnostic>> {
    let script = parse(sources)?;
    let problems = validate::validate(&script);
    if problems.is_empty() { Ok(script) } else { Err(problems) }
}
