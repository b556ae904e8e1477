//! The dialogs and texts a running bot uses, loaded together and checked
//! together: a bot never runs on a set that `luisterloket check` rejects.

use crate::check::{self, Report};
use crate::directory::{self, Directory};
use crate::i18n::{self, Catalog};
use crate::script::{self, Diagnostic, Script, Source};
use crate::triage::{self, Triage};
use std::path::{Path, PathBuf};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// Where dialogs and texts come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// The copies built into the binary.
    Embedded,
    Folders {
        dialogs: PathBuf,
        locales: PathBuf,
    },
}

impl Location {
    /// Explicit folders win; otherwise `./dialogs` and `./locales` when both
    /// exist (a checkout or an install with edited files); otherwise the copies
    /// built into the binary.
    pub fn choose(dialogs: Option<&Path>, locales: Option<&Path>) -> Location {
        let d = dialogs.map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("dialogs"));
        let l = locales.map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("locales"));
        if dialogs.is_some() || locales.is_some() || (d.is_dir() && l.is_dir()) {
            Location::Folders { dialogs: d, locales: l }
        } else {
            Location::Embedded
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Location::Embedded => "the dialogs built into this program".into(),
            Location::Folders { dialogs, locales } => {
                format!("{} and {}", dialogs.display(), locales.display())
            }
        }
    }

    pub fn read(&self) -> Result<Sources, Diagnostic> {
        match self {
            Location::Embedded => {
                let source = |(p, t): &(&str, &str)| Source { path: p.into(), text: t.to_string() };
                let locales = embedded::LOCALES
                    .iter()
                    .filter_map(|(p, t)| {
                        let lang = Path::new(p).parent()?.file_name()?.to_str()?.to_string();
                        Some((lang, Source { path: p.into(), text: t.to_string() }))
                    })
                    .collect();
                Ok(Sources {
                    dialogs: embedded::DIALOGS.iter().map(source).collect(),
                    locales,
                    triage: embedded::TRIAGE.iter().chain(embedded::TRIAGE_MODEL).map(source).collect(),
                    directory: embedded::DIRECTORY.iter().map(source).collect(),
                })
            }
            Location::Folders { dialogs, locales } => Ok(Sources {
                dialogs: script::read_dir(dialogs)?,
                locales: i18n::read_dir(locales)?,
                triage: triage::lexicon::read_dir(dialogs)?,
                directory: directory::read_dir(&dialogs.parent().unwrap_or(Path::new(".")).join("directory"))?,
            }),
        }
    }
}

/// The text of every file a bot runs on.
pub struct Sources {
    pub dialogs: Vec<Source>,
    pub locales: Vec<(String, Source)>,
    /// `dialogs/triage/<lang>.yaml`
    pub triage: Vec<Source>,
    /// `directory/*.yaml` beside `dialogs/`
    pub directory: Vec<Source>,
}

pub struct Content {
    pub script: Script,
    pub texts: Catalog,
    pub triage: Triage,
    /// The directory that comes with the dialogs (the demo wijk); the store's
    /// imported directory is what a running bot uses.
    pub directory: Directory,
}

impl Content {
    /// Load and check; on any problem, every problem found (and no content).
    pub fn load(location: &Location) -> Result<(Content, Report), Vec<Diagnostic>> {
        let sources = location.read().map_err(|d| vec![d])?;
        let (loaded, report) = check::check(&sources);
        match loaded {
            Some(content) if report.problems.is_empty() => Ok((content, report)),
            _ => Err(report.problems),
        }
    }
}
