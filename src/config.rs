//! `luisterloket.toml` plus the environment. Secrets (database passwords, bot
//! tokens) come from the environment only, never from a file in the repo.

use anyhow::{Context, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};

pub const DEFAULT_DB: &str = "luisterloket.db";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub database: Database,
    #[serde(default)]
    pub content: ContentConfig,
    /// How long a booked handover may wait for the worker's yes.
    #[serde(default)]
    pub sla: crate::handover::sla::SlaSettings,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Database {
    /// A SQLite file path or a postgres:// URL. DATABASE_URL overrides it.
    pub url: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContentConfig {
    pub dialogs: Option<PathBuf>,
    pub locales: Option<PathBuf>,
}

impl Config {
    /// Read the file if it exists; no file means all defaults.
    pub fn load(path: &Path) -> Result<Config> {
        match std::fs::read_to_string(path) {
            Ok(text) => toml::from_str(&text).with_context(|| format!("{} is not valid", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
        }
    }

    /// `--db`, else DATABASE_URL, else the file, else a SQLite file here.
    pub fn database(&self, flag: Option<&str>) -> String {
        flag.map(str::to_string)
            .or_else(|| std::env::var("DATABASE_URL").ok().filter(|s| !s.is_empty()))
            .or_else(|| self.database.url.clone())
            .unwrap_or_else(|| DEFAULT_DB.to_string())
    }
}
