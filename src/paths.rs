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
        Paths::from_vars(
            |name| {
                std::env::var_os(name)
                    .filter(|v| !v.is_empty())
                    .map(PathBuf::from)
            },
            cfg!(target_os = "macos"),
        )
    }

    /// From these variables. Where an XDG variable is not set, its folder under HOME: on
    /// macOS (`macos`) the Library's, as Mac programs keep theirs (config and data in
    /// `Library/Application Support/prep`, the cache in `Library/Caches/prep`), elsewhere
    /// `.config`, `.local/share` and `.cache`.
    fn from_vars(var: impl Fn(&str) -> Option<PathBuf>, macos: bool) -> Paths {
        let home = var("HOME").unwrap_or_else(|| PathBuf::from("/"));
        let xdg = |name: &str, fallback: &str, mac: &str| {
            var(name).unwrap_or_else(|| home.join(if macos { mac } else { fallback }))
        };
        const SUPPORT: &str = "Library/Application Support";
        match var("PREP_HOME") {
            Some(prep_home) => Paths {
                config_file: prep_home.join("config.toml"),
                data_dir: prep_home.clone(),
                cache_dir: var("PREP_CACHE").unwrap_or_else(|| prep_home.join("cache")),
                default_workspace: prep_home.join("solutions"),
            },
            None => Paths {
                config_file: xdg("XDG_CONFIG_HOME", ".config", SUPPORT)
                    .join("prep")
                    .join("config.toml"),
                data_dir: xdg("XDG_DATA_HOME", ".local/share", SUPPORT).join("prep"),
                cache_dir: var("PREP_CACHE").unwrap_or_else(|| {
                    xdg("XDG_CACHE_HOME", ".cache", "Library/Caches").join("prep")
                }),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(vars: &[(&str, &str)], macos: bool) -> Paths {
        Paths::from_vars(
            |name| {
                vars.iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| PathBuf::from(v))
            },
            macos,
        )
    }

    #[test]
    fn a_mac_keeps_prep_in_its_library_unless_xdg_says_otherwise() {
        let mac = paths(&[("HOME", "/Users/ada")], true);
        assert_eq!(
            mac.config_file,
            Path::new("/Users/ada/Library/Application Support/prep/config.toml")
        );
        assert_eq!(
            mac.data_dir,
            Path::new("/Users/ada/Library/Application Support/prep")
        );
        assert_eq!(mac.cache_dir, Path::new("/Users/ada/Library/Caches/prep"));
        assert_eq!(mac.default_workspace, Path::new("/Users/ada/prep"));
        let xdg = paths(
            &[
                ("HOME", "/Users/ada"),
                ("XDG_DATA_HOME", "/Users/ada/.local/share"),
            ],
            true,
        );
        assert_eq!(xdg.data_dir, Path::new("/Users/ada/.local/share/prep"));
        let linux = paths(&[("HOME", "/home/ada")], false);
        assert_eq!(linux.cache_dir, Path::new("/home/ada/.cache/prep"));
        let home = paths(&[("HOME", "/Users/ada"), ("PREP_HOME", "/p")], true);
        assert_eq!(home.data_dir, Path::new("/p"));
        assert_eq!(home.cache_dir, Path::new("/p/cache"));
    }
}
