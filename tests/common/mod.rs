//! The end-to-end test builder shared by the test binaries: the real `prep` binary, an
//! isolated PREP_HOME per test and a shared PREP_CACHE (compiled artefacts and the C++
//! precompiled header are made once for all tests).

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::{json, Value};

pub struct Prep {
    home: tempfile::TempDir,
}

impl Prep {
    pub fn new() -> Prep {
        Prep {
            home: tempfile::tempdir().unwrap(),
        }
    }

    pub fn home(&self) -> &Path {
        self.home.path()
    }

    /// The shared build cache of the test binaries.
    pub fn cache() -> PathBuf {
        Path::new(env!("CARGO_TARGET_TMPDIR")).join("prep-cache")
    }

    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("prep").unwrap();
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap())
            .env("HOME", self.home())
            .env("PREP_HOME", self.home())
            .env("PREP_CACHE", Prep::cache())
            .env("TZ", "UTC")
            .timeout(std::time::Duration::from_secs(300));
        // rustup finds its toolchains through these (the user's environment at build time).
        for var in ["RUSTUP_HOME", "CARGO_HOME", "RUSTUP_TOOLCHAIN"] {
            if let Some(v) = std::env::var_os(var) {
                cmd.env(var, v);
            }
        }
        if std::env::var_os("RUSTUP_HOME").is_none() {
            if let Some(home) = std::env::var_os("HOME") {
                cmd.env("RUSTUP_HOME", Path::new(&home).join(".rustup"));
            }
        }
        cmd
    }

    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.home().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    /// Writes a solution in the workspace: `solutions/<slug>/<file>` (`solution.py`,
    /// `Solution.java`, ...).
    pub fn solution(&self, slug: &str, file: &str, text: &str) -> PathBuf {
        self.write(&format!("solutions/{slug}/{file}"), text)
    }

    /// Runs a command and parses its JSON document.
    pub fn json(&self, args: &[&str]) -> (Value, i32) {
        let out = self.cmd().args(args).output().unwrap();
        let doc = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "not JSON ({e}): {}\nstderr: {}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )
        });
        (doc, out.status.code().unwrap())
    }

    /// A local problem `slug` with this signature and these examples (`[{input, output}]`),
    /// `time_ms` per case and 256 MB.
    pub fn problem(&self, slug: &str, signature: Value, examples: impl Into<Value>, time_ms: u64) {
        self.problem_with_limits(
            slug,
            signature,
            examples,
            json!({"time_ms": time_ms, "memory_mb": 256}),
        );
    }

    /// A local problem `slug` with this signature, these examples and these limits
    /// (`{time_ms, memory_mb}`).
    pub fn problem_with_limits(
        &self,
        slug: &str,
        signature: Value,
        examples: impl Into<Value>,
        limits: Value,
    ) {
        let problem = json!({
            "format_version": 1, "slug": slug, "title": slug, "difficulty": "easy",
            "topics": ["math"], "plan": {"order": 3000},
            "signature": signature, "checker": {"kind": "exact"},
            "limits": limits,
            "complexity": {"time": "O(n)", "space": "O(n)"}, "hints": ["-"],
            "examples": examples.into(),
        });
        self.write(
            &format!("problems/{slug}/problem.json"),
            &problem.to_string(),
        );
        self.write(
            &format!("problems/{slug}/statement.md"),
            "A test problem.\n",
        );
    }

    /// `add-two`, `add(a, b) -> long` with these limits: 1 + 2, -5 + 5 and two big ints as
    /// examples, and a Python reference.
    pub fn add_problem(&self, time_ms: u64, memory_mb: u64) {
        self.problem_with_limits(
            "add-two",
            json!({"function": "add", "params": [{"name": "a", "type": "int"}, {"name": "b", "type": "int"}], "returns": "long"}),
            json!([
                {"input": {"a": 1, "b": 2}, "output": 3},
                {"input": {"a": -5, "b": 5}, "output": 0},
                {"input": {"a": 2147483647, "b": 2147483647}, "output": 4294967294_i64},
            ]),
            json!({"time_ms": time_ms, "memory_mb": memory_mb}),
        );
        self.write(
            "problems/add-two/solutions/accepted/plus.py",
            "class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a + b\n",
        );
    }

    /// `prep COMMAND SLUG --file FILE --json`, for the commands that judge a file (`test`,
    /// `submit`, `complexity`, `stress`).
    pub fn on_file(&self, command: &str, slug: &str, file: &Path) -> (Value, i32) {
        self.json(&[command, slug, "--file", file.to_str().unwrap(), "--json"])
    }

    /// Judges `file` for `slug` with `prep test --json`.
    pub fn test_file(&self, slug: &str, file: &Path) -> (Value, i32) {
        self.on_file("test", slug, file)
    }

    /// Judges `file` for `slug` with `prep submit --json`.
    pub fn submit_file(&self, slug: &str, file: &Path) -> (Value, i32) {
        self.on_file("submit", slug, file)
    }

    /// `prep ARGS` exits with `code`, its standard output holding each of `out`.
    pub fn says(&self, args: &[&str], code: i32, out: &[&str]) -> Ran {
        expect(self.cmd().args(args), code, out, &[])
    }

    /// `prep ARGS` exits with `code`, its standard error holding each of `err` (2: prep
    /// cannot go on, and says why there).
    pub fn warns(&self, args: &[&str], code: i32, err: &[&str]) -> Ran {
        expect(self.cmd().args(args), code, &[], err)
    }

    /// Judges the workspace solution of `slug` in `lang` with `prep test --json`.
    pub fn test_lang(&self, slug: &str, lang: &str) -> (Value, i32) {
        self.json(&["test", slug, "--lang", lang, "--json"])
    }
}

/// What a finished command printed.
pub struct Ran {
    pub stdout: String,
    pub stderr: String,
}

/// Runs `cmd`: it exits with `code`, its standard output holds each of `out` and its standard
/// error each of `err`. A failure shows both streams.
pub fn expect(cmd: &mut Command, code: i32, out: &[&str], err: &[&str]) -> Ran {
    let output = cmd.output().unwrap();
    let ran = Ran {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    let missing: Vec<&str> = (out.iter().filter(|n| !ran.stdout.contains(**n)))
        .chain(err.iter().filter(|n| !ran.stderr.contains(**n)))
        .copied()
        .collect();
    assert!(
        output.status.code() == Some(code) && missing.is_empty(),
        "{cmd:?}: expected exit {code} and {missing:?}, got {:?}\nstdout: {}\nstderr: {}",
        output.status.code(),
        ran.stdout,
        ran.stderr
    );
    ran
}

/// The items of a JSON array in a document (a test's failure names what it was instead).
pub fn each(list: &Value) -> std::slice::Iter<'_, Value> {
    list.as_array()
        .unwrap_or_else(|| panic!("not an array: {list}"))
        .iter()
}
