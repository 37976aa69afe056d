//! The end-to-end test builder shared by the test binaries: the real `prep` binary, an
//! isolated PREP_HOME per test and a shared PREP_CACHE (compiled artefacts and the C++
//! precompiled header are made once for all tests), and the round-trip and signature-shape
//! checks every language's harness goes through.

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

    /// Judges `file` for `slug` with `prep test --json`.
    pub fn test_file(&self, slug: &str, file: &Path) -> (Value, i32) {
        self.json(&["test", slug, "--file", file.to_str().unwrap(), "--json"])
    }

    /// Judges `file` for `slug` with `prep submit --json`.
    pub fn submit_file(&self, slug: &str, file: &Path) -> (Value, i32) {
        self.json(&["submit", slug, "--file", file.to_str().unwrap(), "--json"])
    }

    /// Judges the workspace solution of `slug` in `lang` with `prep test --json`.
    pub fn test_lang(&self, slug: &str, lang: &str) -> (Value, i32) {
        self.json(&["test", slug, "--lang", lang, "--json"])
    }
}

/// The values each type's round-trip test sends through a harness and expects back (a
/// language may have values of its own for a type: see `round_trip_table`).
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

/// A language's round-trip table: the types of `round_trip_values` but those in `skip`, each
/// with the values `own` gives it or else the shared ones; a type of `own` the shared table
/// lacks comes last.
pub fn round_trip_table(
    skip: &[&str],
    own: Vec<(&'static str, Vec<Value>)>,
) -> Vec<(&'static str, Vec<Value>)> {
    let shared = round_trip_values();
    for ty in skip {
        assert!(shared.iter().any(|(t, _)| t == ty), "{ty} is not shared");
    }
    let mut table: Vec<(&'static str, Vec<Value>)> = shared
        .into_iter()
        .filter(|(ty, _)| !skip.contains(ty))
        .map(|(ty, values)| match own.iter().find(|(t, _)| *t == ty) {
            Some((_, mine)) => (ty, mine.clone()),
            None => (ty, values),
        })
        .collect();
    for (ty, values) in own {
        if !table.iter().any(|(t, _)| *t == ty) {
            table.push((ty, values));
        }
    }
    table
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
            examples,
            2000,
        );
    }
}

/// Every type goes in and comes back out unchanged: `judge(slug, ty)` writes the echo
/// solution of `echo-<i>` and judges it; each case must be accepted with its own value.
pub fn assert_round_trips(
    prep: &Prep,
    types: &[(&str, Vec<Value>)],
    judge: impl Fn(&str, &str) -> (Value, i32),
) {
    echo_problems(prep, types);
    for (i, (ty, cases)) in types.iter().enumerate() {
        let (doc, code) = judge(&format!("echo-{i}"), ty);
        assert_eq!(code, 0, "{ty}: {doc}");
        let reported = doc["cases"].as_array().unwrap();
        // Zipped below, which stops at the shorter: a case missing from the report must fail.
        assert_eq!(reported.len(), cases.len(), "{ty}: {doc}");
        for (case, value) in reported.iter().zip(cases) {
            assert_eq!(case["verdict"], "accepted", "{ty}: {case}");
            assert_eq!(&case["actual"], value, "{ty}");
        }
    }
}

/// Each shape `(signature, input, output, source)` becomes `shape-<i>` with that one
/// example; `judge(slug, source)` writes the solution and judges it, which must pass with
/// `output` as the first case's actual value.
pub fn assert_shapes_run<S: AsRef<str>>(
    prep: &Prep,
    shapes: impl IntoIterator<Item = (Value, Value, Value, S)>,
    judge: impl Fn(&str, &str) -> (Value, i32),
) {
    for (i, (signature, input, output, source)) in shapes.into_iter().enumerate() {
        let slug = format!("shape-{i}");
        prep.problem(
            &slug,
            signature,
            json!([{"input": input, "output": output}]),
            2000,
        );
        let (doc, code) = judge(&slug, source.as_ref());
        assert_eq!(code, 0, "shape {i}: {doc}");
        assert_eq!(doc["cases"][0]["actual"], output, "shape {i}");
    }
}
