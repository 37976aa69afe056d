//! Finding a toolchain once: its real path (past version-manager shims, which cost ~100 ms a
//! start and fail in a cleared environment) and its version, cached in the cache folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::ToolchainError;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Toolchain {
    /// The real executable.
    pub path: PathBuf,
    pub version: String,
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

/// Resolves `name` on PATH with `probe` (arguments that make it print its real path on the
/// first line and its version on the second), caching the answer under `cache`.
pub fn resolve(
    name: &str,
    probe: &[&str],
    install_hint: &str,
    cache: &Path,
) -> Result<Toolchain, ToolchainError> {
    let hit = which(name).ok_or_else(|| ToolchainError {
        message: format!("`{name}` was not found on PATH: {install_hint}"),
    })?;
    let mtime = hit
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    let key = format!("{}@{mtime}", hit.display());
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
    let output = Command::new(&hit)
        .args(probe)
        .output()
        .map_err(|e| ToolchainError {
            message: format!("`{}` could not be run ({e}): {install_hint}", hit.display()),
        })?;
    let text = String::from_utf8_lossy(&output.stdout);
    let mut lines = text.lines();
    let (Some(path), Some(version)) = (lines.next(), lines.next()) else {
        return Err(ToolchainError {
            message: format!(
                "`{}` did not answer as expected ({}): {install_hint}",
                hit.display(),
                String::from_utf8_lossy(&output.stderr).trim()
            ),
        });
    };
    let toolchain = Toolchain {
        path: PathBuf::from(path.trim()),
        version: version.trim().to_string(),
    };
    cached.entries.insert(key, toolchain.clone());
    if std::fs::create_dir_all(cache).is_ok() {
        if let Ok(text) = serde_json::to_vec_pretty(&cached) {
            let _ = crate::paths::write_atomic(&file, &text);
        }
    }
    Ok(toolchain)
}

/// Resolves a compiler found as `name` on PATH: its real path (symlinks followed) and the
/// first line `version_args` make it print, cached like `resolve`.
pub fn resolve_binary(
    name: &str,
    version_args: &[&str],
    install_hint: &str,
    cache: &Path,
) -> Result<Toolchain, ToolchainError> {
    let hit = which(name).ok_or_else(|| ToolchainError {
        message: format!("`{name}` was not found on PATH: {install_hint}"),
    })?;
    let real = std::fs::canonicalize(&hit).unwrap_or_else(|_| hit.clone());
    let mtime = real
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    let key = format!("{}@{mtime}", real.display());
    let file = cache.join("toolchains.json");
    let mut cached: Cache = std::fs::read(&file)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default();
    if let Some(t) = cached.entries.get(&key) {
        return Ok(t.clone());
    }
    let output = Command::new(&real)
        .args(version_args)
        .output()
        .map_err(|e| ToolchainError {
            message: format!(
                "`{}` could not be run ({e}): {install_hint}",
                real.display()
            ),
        })?;
    let text = String::from_utf8_lossy(&output.stdout);
    let version = text.lines().next().unwrap_or_default().trim().to_string();
    if !output.status.success() || version.is_empty() {
        return Err(ToolchainError {
            message: format!(
                "`{}` did not tell its version ({}): {install_hint}",
                real.display(),
                String::from_utf8_lossy(&output.stderr).trim()
            ),
        });
    }
    let toolchain = Toolchain {
        path: real,
        version,
    };
    cached.entries.insert(key, toolchain.clone());
    if std::fs::create_dir_all(cache).is_ok() {
        if let Ok(text) = serde_json::to_vec_pretty(&cached) {
            let _ = crate::paths::write_atomic(&file, &text);
        }
    }
    Ok(toolchain)
}
