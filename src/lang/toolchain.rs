//! Finding a toolchain once: its real path (past version-manager shims, which cost ~100 ms a
//! start and fail in a cleared environment) and its version, cached in the cache folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::ToolchainError;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Toolchain {
    /// The real executable.
    pub path: PathBuf,
    pub version: String,
    /// Flags every build with it takes, found by probing it once (C++'s `-std=`).
    #[serde(default)]
    pub flags: Vec<String>,
    /// What `prep doctor` says beside the version: a feature users expect that this toolchain
    /// lacks, with what to install.
    #[serde(default)]
    pub notes: Vec<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Cache {
    /// Keyed by the PATH hit and its modification time.
    entries: BTreeMap<String, Toolchain>,
}

/// The first `name` on PATH.
pub fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Resolves `name` on PATH through `find` (which gets the PATH hit and says where the real
/// toolchain is and its version), caching the answer under `cache`, keyed by the PATH hit
/// and its modification time: the next prep does not run the toolchain to ask again.
pub fn resolve_with(
    name: &str,
    install_hint: &str,
    cache: &Path,
    find: impl FnOnce(&Path) -> Result<Toolchain, ToolchainError>,
) -> Result<Toolchain, ToolchainError> {
    let hit = which(name).ok_or_else(|| ToolchainError {
        message: format!("`{name}` was not found on PATH: {install_hint}"),
    })?;
    resolve_hit(&hit, "", cache, find)
}

/// Resolves the executable `hit` through `find`, cached under `cache` as `resolve_with` does;
/// `tag` keeps answers of different probes of the same executable apart.
pub fn resolve_hit(
    hit: &Path,
    tag: &str,
    cache: &Path,
    find: impl FnOnce(&Path) -> Result<Toolchain, ToolchainError>,
) -> Result<Toolchain, ToolchainError> {
    let mtime = hit
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    let key = format!("{tag}{}@{mtime}", hit.display());
    let file = cache.join("toolchains.json");
    let mut cached: Cache = std::fs::read(&file)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default();
    if let Some(t) = cached.entries.get(&key) {
        if is_executable(&t.path) {
            return Ok(t.clone());
        }
    }
    let toolchain = find(hit)?;
    cached.entries.insert(key, toolchain.clone());
    if std::fs::create_dir_all(cache).is_ok() {
        if let Ok(text) = serde_json::to_vec_pretty(&cached) {
            let _ = crate::paths::write_atomic(&file, &text);
        }
    }
    Ok(toolchain)
}

/// The standard output of `program args`, trimmed; an error naming the tool otherwise.
pub fn output_of(
    program: &Path,
    args: &[&str],
    install_hint: &str,
) -> Result<String, ToolchainError> {
    let out = Command::new(program)
        .args(args)
        .output()
        .map_err(|e| ToolchainError {
            message: format!(
                "`{}` could not be run ({e}): {install_hint}",
                program.display()
            ),
        })?;
    let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() || text.is_empty() {
        return Err(ToolchainError {
            message: format!(
                "`{} {}` did not answer as expected ({}): {install_hint}",
                program.display(),
                args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            ),
        });
    }
    Ok(text)
}

/// Resolves `name` on PATH with `probe` (arguments that make it print its real path on the
/// first line and its version on the second).
pub fn resolve(
    name: &str,
    probe: &[&str],
    install_hint: &str,
    cache: &Path,
) -> Result<Toolchain, ToolchainError> {
    resolve_first(name, which(name).into_iter(), probe, install_hint, cache)
}

/// Resolves the first of `hits` (executables that may not exist) that answers `probe` as
/// `resolve` expects; the first failure is reported when none does.
pub fn resolve_first(
    name: &str,
    hits: impl Iterator<Item = PathBuf>,
    probe: &[&str],
    install_hint: &str,
    cache: &Path,
) -> Result<Toolchain, ToolchainError> {
    let mut failure = None;
    for hit in hits.filter(|h| is_executable(h)) {
        let found = resolve_hit(&hit, "", cache, |hit| {
            let text = output_of(hit, probe, install_hint)?;
            let mut lines = text.lines();
            match (lines.next(), lines.next()) {
                (Some(path), Some(version)) => Ok(Toolchain {
                    path: PathBuf::from(path.trim()),
                    version: version.trim().to_string(),
                    ..Toolchain::default()
                }),
                _ => Err(ToolchainError {
                    message: format!(
                        "`{}` did not answer as expected: {install_hint}",
                        hit.display()
                    ),
                }),
            }
        });
        match found {
            Ok(t) => return Ok(t),
            Err(e) => {
                failure.get_or_insert(e);
            }
        }
    }
    Err(failure.unwrap_or_else(|| ToolchainError {
        message: format!("`{name}` was not found on PATH: {install_hint}"),
    }))
}
