//! Where state lives (docs/contract.md section 4) and how state files are written: a temp file in
//! the same folder, synced, then renamed over the old one.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Every place prep reads or writes.
#[derive(Debug, Clone)]
pub struct Paths {
    pub config_file: PathBuf,
    /// History, sessions, snapshots, user problems.
    pub data_dir: PathBuf,
    pub cache_dir: PathBuf,
    /// Default workspace when the config names none.
    pub default_workspace: PathBuf,
}

impl Paths {
    /// From the environment: `PREP_HOME`, `PREP_CACHE`, then the XDG folders.
    pub fn from_env() -> Paths {
        let var = |name: &str| {
            std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        let home = var("HOME").unwrap_or_else(|| PathBuf::from("/"));
        let xdg = |name: &str, fallback: &str| var(name).unwrap_or_else(|| home.join(fallback));
        match var("PREP_HOME") {
            Some(prep_home) => Paths {
                config_file: prep_home.join("config.toml"),
                data_dir: prep_home.clone(),
                cache_dir: var("PREP_CACHE").unwrap_or_else(|| prep_home.join("cache")),
                default_workspace: prep_home.join("solutions"),
            },
            None => Paths {
                config_file: xdg("XDG_CONFIG_HOME", ".config")
                    .join("prep")
                    .join("config.toml"),
                data_dir: xdg("XDG_DATA_HOME", ".local/share").join("prep"),
                cache_dir: var("PREP_CACHE")
                    .unwrap_or_else(|| xdg("XDG_CACHE_HOME", ".cache").join("prep")),
                default_workspace: home.join("prep"),
            },
        }
    }

    pub fn history_file(&self) -> PathBuf {
        self.data_dir.join("history.jsonl")
    }

    pub fn session_file(&self) -> PathBuf {
        self.data_dir.join("session.json")
    }

    pub fn snapshots_dir(&self) -> PathBuf {
        self.data_dir.join("snapshots")
    }

    pub fn problems_dir(&self) -> PathBuf {
        self.data_dir.join("problems")
    }
}

/// Writes a file so that a crash leaves either the old or the new contents, never a mix.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(contents)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
