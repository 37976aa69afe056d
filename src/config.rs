//! `config.toml`: the workspace folder and the default language. A file that does not parse
//! is an error naming it and the place.

use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Where solution files live (`<workspace>/<slug>/solution.<ext>`).
    pub workspace: Option<PathBuf>,
    /// The default language of new solution files.
    pub language: Option<String>,
    /// Timebox minutes by difficulty, e.g. `[timebox] easy = 20`.
    #[serde(default)]
    pub timebox: Timebox,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Timebox {
    pub easy: Option<u32>,
    pub medium: Option<u32>,
    pub hard: Option<u32>,
}

impl Config {
    pub fn load(path: &Path) -> anyhow::Result<Config> {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(anyhow::anyhow!("{}: {e}", path.display())),
        }
    }
}
