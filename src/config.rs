//! `config.toml`: the workspace folder and the default language. A file that does not parse
//! is an error naming it and the place. `~` and `$HOME` at the start of `workspace` are the
//! home folder, as in a shell; a timebox is 1 to 600 minutes.

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
                let mut config: Config = toml::from_str(&text)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
                config
                    .check()
                    .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
                config.workspace = config.workspace.map(|w| expand_home(&w));
                Ok(config)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(anyhow::anyhow!("{}: {e}", path.display())),
        }
    }
}

/// Longest timebox accepted, in minutes (ten hours).
const MAX_TIMEBOX_MIN: u32 = 600;

impl Config {
    fn check(&self) -> Result<(), String> {
        let t = &self.timebox;
        for (name, minutes) in [("easy", t.easy), ("medium", t.medium), ("hard", t.hard)] {
            if let Some(m) = minutes.filter(|m| !(1..=MAX_TIMEBOX_MIN).contains(m)) {
                return Err(format!(
                    "[timebox] {name} = {m}: a timebox is 1 to {MAX_TIMEBOX_MIN} minutes"
                ));
            }
        }
        Ok(())
    }
}

/// `~/x`, `~`, `$HOME/x` and `${HOME}/x` with the home folder (`HOME`); anything else as it is.
fn expand_home(path: &Path) -> PathBuf {
    let Some(text) = path.to_str() else {
        return path.to_path_buf();
    };
    let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) else {
        return path.to_path_buf();
    };
    for prefix in ["~", "$HOME", "${HOME}"] {
        if let Some(rest) = text.strip_prefix(prefix) {
            if rest.is_empty() {
                return PathBuf::from(home);
            }
            if let Some(rest) = rest.strip_prefix('/') {
                return PathBuf::from(home).join(rest);
            }
        }
    }
    path.to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tilde_and_home_expand_and_bad_timeboxes_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let home = std::env::var("HOME").unwrap();
        let file = dir.path().join("config.toml");
        for (written, expected) in [
            ("~/myprep", format!("{home}/myprep")),
            ("$HOME/a/b", format!("{home}/a/b")),
            ("${HOME}", home.clone()),
            ("/abs/~x", "/abs/~x".to_string()),
            ("~other/x", "~other/x".to_string()),
        ] {
            std::fs::write(&file, format!("workspace = \"{written}\"\n")).unwrap();
            let config = Config::load(&file).unwrap();
            assert_eq!(
                config.workspace.unwrap(),
                PathBuf::from(expected),
                "{written}"
            );
        }
        std::fs::write(&file, "[timebox]\neasy = 0\n").unwrap();
        let e = Config::load(&file).unwrap_err().to_string();
        assert!(e.contains("config.toml") && e.contains("easy = 0"), "{e}");
        std::fs::write(&file, "[timebox]\nhard = 601\n").unwrap();
        assert!(Config::load(&file).is_err());
    }
}
