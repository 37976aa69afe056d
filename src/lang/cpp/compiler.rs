//! Which C++ compiler prep uses, and in which standard. LeetCode compiles C++ with clang 19 in
//! C++23, and recursive solutions there often use C++23's deducing `this` (`auto dfs =
//! [&](this auto&& dfs, int i) -> int {...};`), which g++ 12 rejects. So prep looks at every
//! C++ compiler on PATH (`clang++-N`, `clang++`, `g++-N`, `g++`, `c++`), probes each once (its
//! newest `-std=gnu++NN`, and whether deducing `this` compiles; the answers are cached with
//! the other toolchains) and takes the most capable: deducing `this` first, then the newest
//! standard, then clang (LeetCode's compiler, so its diagnostics and sanitizer reports read
//! the same), then the newest version. `PREP_CXX` names a compiler to use instead.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::lang::toolchain::{self, Toolchain};
use crate::lang::ToolchainError;

const INSTALL_HINT: &str =
    "install a C++ compiler, e.g. `apt install clang-19` (LeetCode's) or `apt install g++`; on macOS `xcode-select --install`";

/// The standards prep asks for, newest first (`2b` and `2a` are the names compilers used
/// before the standards were published).
const STANDARDS: [&str; 5] = ["gnu++23", "gnu++2b", "gnu++20", "gnu++2a", "gnu++17"];

/// A C++23 solution as LeetCode users write it: a recursive lambda through deducing `this`.
const DEDUCING_THIS: &str =
    "int main() {\n    auto f = [&](this auto&& self, int i) -> int { return i <= 1 ? 1 : i * self(i - 1); };\n    return f(3) == 6 ? 0 : 1;\n}\n";

/// What doctor says when deducing `this` does not compile.
pub const NO_DEDUCING_THIS: &str = "C++23's deducing `this` (`[&](this auto&& dfs, ...)`, common in LeetCode solutions) does not compile with this compiler: install clang 19+ (`apt install clang-19`) or g++ 14+";

/// The compiler families, which differ in a few flags and in how a precompiled header is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Gcc,
    Clang,
}

impl Family {
    /// The family of a compiler from its `--version` line (Apple's `g++` is clang).
    pub fn of(toolchain: &Toolchain) -> Family {
        if toolchain.version.contains("clang") {
            Family::Clang
        } else {
            Family::Gcc
        }
    }
}

/// The names a C++ compiler goes by on PATH, most likely best first.
fn candidates() -> Vec<String> {
    let mut names: Vec<String> = (14..=30).rev().map(|v| format!("clang++-{v}")).collect();
    names.push("clang++".into());
    names.extend((9..=20).rev().map(|v| format!("g++-{v}")));
    names.push("g++".into());
    names.push("c++".into());
    names
}

/// The compiler prep uses: `PREP_CXX` when set, else the most capable on PATH.
pub fn find(cache: &Path) -> Result<Toolchain, ToolchainError> {
    if let Some(chosen) = std::env::var_os("PREP_CXX").filter(|v| !v.is_empty()) {
        let chosen = PathBuf::from(chosen);
        let hit = if chosen.components().count() > 1 {
            Some(chosen.clone())
        } else {
            toolchain::which(&chosen.to_string_lossy())
        };
        let hit = hit.filter(|h| h.is_file()).ok_or_else(|| ToolchainError {
            message: format!(
                "PREP_CXX names `{}`, which was not found: {INSTALL_HINT}",
                chosen.display()
            ),
        })?;
        return probe(&hit, cache);
    }
    let mut best: Option<Toolchain> = None;
    let mut failure = None;
    for name in candidates() {
        let Some(hit) = toolchain::which(&name) else {
            continue;
        };
        let found = match probe(&hit, cache) {
            Ok(found) => found,
            Err(e) => {
                failure.get_or_insert(e);
                continue;
            }
        };
        let rank = |t: &Toolchain| {
            (
                t.notes.is_empty(),
                STANDARDS.len()
                    - STANDARDS
                        .iter()
                        .position(|s| t.flags[0].ends_with(s))
                        .unwrap_or(STANDARDS.len()),
                Family::of(t) == Family::Clang,
                version_number(&t.version),
            )
        };
        if best.as_ref().is_none_or(|b| rank(&found) > rank(b)) {
            best = Some(found);
        }
        // LeetCode's own compiler with everything: no other can do better.
        if best
            .as_ref()
            .is_some_and(|b| b.notes.is_empty() && Family::of(b) == Family::Clang)
        {
            break;
        }
    }
    best.ok_or_else(|| {
        failure.unwrap_or_else(|| ToolchainError {
            message: format!(
                "no C++ compiler (`clang++` or `g++`) was found on PATH: {INSTALL_HINT}"
            ),
        })
    })
}

/// The first dotted number of a `--version` line, as `(major, minor, patch)`.
fn version_number(line: &str) -> (u32, u32, u32) {
    let word = line
        .split_whitespace()
        .find(|w| {
            w.split('.').count() >= 2
                && w.split('.')
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        })
        .unwrap_or("0.0");
    let mut parts = word.split('.').map(|p| p.parse().unwrap_or(0));
    (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    )
}

/// Probes the compiler at `hit` (cached): its real path, version, newest standard and
/// whether deducing `this` compiles.
fn probe(hit: &Path, cache: &Path) -> Result<Toolchain, ToolchainError> {
    toolchain::resolve_hit(hit, "c++ probe 1:", cache, |hit| {
        // Run by the name found on PATH, not the end of its links: `clang++` is often a link
        // to `clang`, which compiles C++ only when started as `clang++`.
        let version = toolchain::output_of(hit, &["--version"], INSTALL_HINT)?;
        let version = version.lines().next().unwrap_or_default().to_string();
        let work = tempfile::tempdir().map_err(|e| ToolchainError {
            message: format!("cannot make a folder to probe the C++ compiler: {e}"),
        })?;
        let empty = work.path().join("empty.cpp");
        let lambda = work.path().join("deducing_this.cpp");
        let written = std::fs::write(&empty, "int main() { return 0; }\n")
            .and_then(|()| std::fs::write(&lambda, DEDUCING_THIS));
        written.map_err(|e| ToolchainError {
            message: format!("cannot write a C++ probe in {}: {e}", work.path().display()),
        })?;
        let standard = STANDARDS
            .iter()
            .find(|s| compiles(hit, s, &empty))
            .ok_or_else(|| ToolchainError {
                message: format!(
                    "`{}` compiles no C++17 or newer (tried {}): {INSTALL_HINT}",
                    hit.display(),
                    STANDARDS.join(", ")
                ),
            })?;
        let mut notes = Vec::new();
        if !compiles(hit, standard, &lambda) {
            notes.push(NO_DEDUCING_THIS.to_string());
        }
        Ok(Toolchain {
            path: hit.to_path_buf(),
            version: format!("{version} (-std={standard})"),
            flags: vec![format!("-std={standard}")],
            notes,
        })
    })
}

/// Whether `file` compiles (syntax and types only) with `-std=<standard>`.
fn compiles(compiler: &Path, standard: &str, file: &Path) -> bool {
    Command::new(compiler)
        .arg(format!("-std={standard}"))
        .arg("-fsyntax-only")
        .arg(file)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_numbers_are_read_from_version_lines() {
        assert_eq!(
            version_number("Debian clang version 19.1.7 (3~deb12u1)"),
            (19, 1, 7)
        );
        assert_eq!(
            version_number("g++ (Debian 12.2.0-14+deb12u1) 12.2.0"),
            (12, 2, 0)
        );
        assert_eq!(
            version_number("Apple clang version 15.0.0 (clang-1500.3.9.4)"),
            (15, 0, 0)
        );
        assert_eq!(version_number("something"), (0, 0, 0));
    }

    #[test]
    fn the_family_comes_from_the_version_line() {
        let t = |v: &str| Toolchain {
            version: v.into(),
            ..Toolchain::default()
        };
        assert_eq!(
            Family::of(&t("Apple clang version 15.0.0 (clang-1500.3.9.4)")),
            Family::Clang
        );
        assert_eq!(Family::of(&t("g++ (Debian 12.2.0-14) 12.2.0")), Family::Gcc);
    }
}
