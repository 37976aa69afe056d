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
            .timeout(std::time::Duration::from_secs(240));
        cmd
    }

    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.home().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
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

    /// A local problem `slug` with this signature and these examples (`[{input, output}]`).
    pub fn problem(&self, slug: &str, signature: Value, examples: Value, time_ms: u64) {
        let problem = json!({
            "format_version": 1, "slug": slug, "title": slug, "difficulty": "easy",
            "topics": ["math"], "plan": {"order": 3000},
            "signature": signature, "checker": {"kind": "exact"},
            "limits": {"time_ms": time_ms, "memory_mb": 256},
            "complexity": {"time": "O(n)", "space": "O(n)"}, "hints": ["-"],
            "examples": examples,
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

    /// Judges `file` for `slug` with `prep test --json`.
    pub fn test_file(&self, slug: &str, file: &Path) -> (Value, i32) {
        self.json(&["test", slug, "--file", file.to_str().unwrap(), "--json"])
    }

    /// Judges `file` for `slug` with `prep submit --json`.
    pub fn submit_file(&self, slug: &str, file: &Path) -> (Value, i32) {
        self.json(&["submit", slug, "--file", file.to_str().unwrap(), "--json"])
    }
}

/// The values each type's round-trip test sends through a harness and expects back.
pub fn round_trip_values() -> Vec<(&'static str, Vec<Value>)> {
    vec![
        ("int", vec![json!(0), json!(2147483647), json!(-2147483648)]),
        ("long", vec![json!(i64::MAX), json!(i64::MIN)]),
        ("uint32", vec![json!(0), json!(4294967295_u64)]),
        (
            "double",
            vec![json!(0.1), json!(-2.5e-300), json!(1e308), json!(3.0)],
        ),
        ("bool", vec![json!(true), json!(false)]),
        (
            "string",
            vec![
                json!(""),
                json!("quote \" backslash \\ newline \n tab \t"),
                json!("héllo 中文 🙂"),
            ],
        ),
        ("char", vec![json!("a"), json!("z")]),
        ("int[]", vec![json!([]), json!([1, -2, 3])]),
        (
            "int[][]",
            vec![json!([]), json!([[]]), json!([[1, -2], [3]])],
        ),
        ("char[][]", vec![json!([["1", "0"], ["0", "1"]])]),
        ("string[]", vec![json!(["a b", "", "ç"])]),
        ("list<list<string>>", vec![json!([["eat", "tea"], [""]])]),
        ("bool[]", vec![json!([true, false])]),
        ("double[]", vec![json!([0.5, -1.25])]),
        ("long[]", vec![json!([i64::MIN, 0, i64::MAX])]),
        (
            "ListNode",
            vec![json!([]), json!([1]), json!([5, -4, 3, 3])],
        ),
        ("ListNode[]", vec![json!([]), json!([[], [1, 2], [3]])]),
        (
            "TreeNode",
            vec![
                json!([]),
                json!([1]),
                json!([1, null, 2, 3]),
                json!([3, 9, 20, null, null, 15, 7]),
                json!([1, 2, null, 3, null, 4]),
            ],
        ),
        (
            "Node",
            vec![
                json!([]),
                json!([[]]),
                json!([[2, 4], [1, 3], [2, 4], [1, 3]]),
            ],
        ),
        (
            "RandomNode",
            vec![
                json!([]),
                json!([[7, null], [13, 0], [11, 4], [10, 2], [1, 0]]),
                json!([[1, 0]]),
            ],
        ),
    ]
}

/// Writes one echo problem per type (`echo-<i>`: return x), for round-trip tests.
pub fn echo_problems(prep: &Prep, types: &[(&str, Vec<Value>)]) {
    for (i, (ty, cases)) in types.iter().enumerate() {
        let examples: Vec<Value> = cases
            .iter()
            .map(|v| json!({"input": {"x": v}, "output": v}))
            .collect();
        prep.problem(
            &format!("echo-{i}"),
            json!({"function": "echo", "params": [{"name": "x", "type": ty}], "returns": ty}),
            Value::Array(examples),
            2000,
        );
    }
}
