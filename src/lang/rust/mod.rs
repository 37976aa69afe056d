//! Rust: LeetCode's template (`impl Solution { pub fn two_sum(...) }`, design classes with
//! `fn new(..) -> Self`), compiled with rustc alone (no cargo, no crates). The harness is a
//! generated `main.rs` (the few lines that read each parameter and call the user's method),
//! the static runtime `runtime.rs` (token reader, JSON writer, records, stdout capture,
//! CPU clock, panics, out-of-memory) and the user's file, pulled in with `include!` so that
//! rustc's errors and panic locations name the user's own file and lines.
//!
//! The folder by concern: `harness.rs` generates `main.rs` from the resolved signature (with
//! LeetCode's Rust names and types), `messages.rs` rewrites rustc's errors, `scaffold.rs` writes
//! the starting file; the static runtime is `runtime.rs` beside them, included as text.

mod harness;
mod messages;
mod scaffold;

use std::path::{Path, PathBuf};

use super::compile::{self, CompileSpec, Compiled};
use super::toolchain::{self, Toolchain};
use super::{Build, Encoding, LangId, Language, Program, Purpose, Source, ToolchainError};
use crate::catalog::Problem;
use crate::types::Type;
use harness::generate;
use messages::compile_message;

/// The harness's runtime (`prep_runtime.rs` beside the generated main; the workspace's editor
/// files hold it too, for rust-analyzer).
pub(crate) const RUNTIME: &str = include_str!("runtime.rs");

/// The CPU limit against the Python base limit. The base limits are written for CPython,
/// which runs this kind of code 10-50x slower than optimised Rust: half of it still leaves
/// an intended Rust solution a wide margin (a hundred-fold at least on the seed problems),
/// while a solution of the wrong complexity stays far over it at the problems' input sizes.
const TIME_MULTIPLIER: f64 = 0.5;
/// The harness holds the whole token stream of the run (all cases' inputs) in memory, and a
/// Rust process itself needs ~2 MiB resident; allowed on top of the problem's limit.
const MEMORY_ALLOWANCE_KB: u64 = 16 << 10;
/// Address space beyond the memory limit: the binary, libc, the loader and their mappings
/// (about 10 MiB), with room to spare, so that an allocation fails only past the limit.
const ADDRESS_MARGIN: u64 = 96 << 20;

const INSTALL_HINT: &str =
    "install Rust (rustc 1.70 or newer), e.g. from https://rustup.rs or `apt install rustc`";

/// rustc's flags: LeetCode's edition; optimised; warnings are not shown (LeetCode shows
/// none). Overflow checks come from `overflow_checks`.
const FLAGS: &[&str] = &[
    "--edition",
    "2021",
    "-O",
    "--color",
    "never",
    "-A",
    "warnings",
    "--crate-name",
    "solution",
    "-o",
    "solution",
    "main.rs",
];

pub struct Rust;

impl Language for Rust {
    fn id(&self) -> LangId {
        LangId::Rust
    }

    fn not_offered(&self, problem: &Problem) -> Option<String> {
        super::rust_not_offered(problem)
    }

    fn scaffold(&self, problem: &Problem) -> String {
        scaffold::scaffold(problem)
    }

    fn toolchain(&self, cache: &Path) -> Result<Toolchain, ToolchainError> {
        resolve_rustc(cache)
    }

    fn build(
        &self,
        problem: &Problem,
        source: &Source,
        toolchain: &Toolchain,
        cache: &Path,
        purpose: Purpose,
    ) -> Result<Build, ToolchainError> {
        if let Some(why) = super::rust_not_offered(problem) {
            return Ok(Build::CompileError(why));
        }
        let harness = generate(&problem.signature);
        let spec = CompileSpec {
            language: LangId::Rust,
            key: vec![
                "rust harness 1".into(),
                toolchain.version.clone(),
                toolchain.path.display().to_string(),
            ],
            files: vec![
                ("main.rs".into(), harness.text.into_bytes()),
                ("prep_runtime.rs".into(), RUNTIME.as_bytes().to_vec()),
                // An item after the user's code, as on LeetCode (which appends its driver):
                // the template's closing `/** ... */` comment documents it instead of nothing.
                (
                    "solution.rs".into(),
                    format!("{}\nconst _: () = ();\n", source.text).into_bytes(),
                ),
            ],
            program: toolchain.path.clone(),
            args: ["-C", overflow_checks(purpose)]
                .iter()
                .chain(FLAGS)
                .map(Into::into)
                .collect(),
            env: Vec::new(),
            timeout: compile::COMPILE_TIMEOUT,
        };
        let dir = match compile::compile(cache, &spec)? {
            Compiled::Ready { dir, .. } => dir,
            Compiled::Failed(output) => {
                let mut message = String::new();
                for node in ["ListNode", "TreeNode"] {
                    if source.text.contains(&format!("struct {node}"))
                        && problem
                            .signature
                            .mentions(&Type::parse(node).expect("a type"))
                    {
                        message.push_str(&format!(
                            "{}: prep provides LeetCode's `{node}` (as LeetCode does): remove your own definition of it\n\n",
                            source.display
                        ));
                    }
                }
                message.push_str(&compile_message(&output, &source.display, &harness.calls));
                return Ok(Build::CompileError(message));
            }
        };
        let limit = problem
            .limits
            .memory_mb
            .max(problem.follow_up.as_ref().map_or(0, |f| f.limits.memory_mb))
            << 20;
        Ok(Build::Ready(Program {
            program: dir.join("solution"),
            args: vec![source.display.clone().into()],
            env: Vec::new(),
            files: Vec::new(),
            address_space: Some(limit + (MEMORY_ALLOWANCE_KB << 10) + ADDRESS_MARGIN),
            memory_allowance_kb: MEMORY_ALLOWANCE_KB,
            time_multiplier: TIME_MULTIPLIER,
            encoding: Encoding::Tokens(Box::new(problem.signature.clone())),
        }))
    }

    fn debug_only_failure(&self, message: &str) -> Option<String> {
        // The panics `overflow-checks` adds; division by zero and `i32::MIN / -1` panic
        // in every build, on LeetCode too.
        let what = message.lines().nth(1)?;
        let checked = [
            "attempt to add with overflow",
            "attempt to subtract with overflow",
            "attempt to multiply with overflow",
            "attempt to negate with overflow",
            "attempt to shift left with overflow",
            "attempt to shift right with overflow",
        ];
        checked.contains(&what.trim()).then(|| {
            let place = message.lines().next().unwrap_or_default().trim_end_matches(':');
            format!(
                "{place}: {what} (overflow checks are on in `prep test`); LeetCode builds without them, so the value wraps there: the result shown is from such a build"
            )
        })
    }

    fn trial(&self) -> &'static str {
        "use std::collections::HashMap;\n\nimpl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n        let mut seen = HashMap::new();\n        for (i, &x) in nums.iter().enumerate() {\n            if let Some(&j) = seen.get(&(target - x)) {\n                return vec![j as i32, i as i32];\n            }\n            seen.insert(x, i);\n        }\n        vec![]\n    }\n}\n"
    }
}

/// `-C overflow-checks`: off as on LeetCode for `submit`; on for `test`, where an overflow
/// panic points at its line (`debug_only_failure` then re-runs the case as LeetCode would).
fn overflow_checks(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::Submit => "overflow-checks=off",
        Purpose::Test => "overflow-checks=on",
    }
}

/// rustc's real path (past rustup's proxy, which costs a start-up each run) and version,
/// cached with the other toolchains. rustc prints its sysroot and its version only in
/// separate runs.
fn resolve_rustc(cache: &Path) -> Result<Toolchain, ToolchainError> {
    toolchain::resolve_with("rustc", INSTALL_HINT, cache, |hit| {
        let sysroot = toolchain::output_of(hit, &["--print", "sysroot"], INSTALL_HINT)?;
        let real: PathBuf = Path::new(sysroot.lines().next().unwrap_or_default()).join("bin/rustc");
        let path = if real.is_file() {
            real
        } else {
            hit.to_path_buf()
        };
        let version = toolchain::output_of(&path, &["--version"], INSTALL_HINT)?;
        Ok(Toolchain {
            path,
            version: version.lines().next().unwrap_or_default().to_string(),
            ..Toolchain::default()
        })
    })
}
