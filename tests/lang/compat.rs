//! LeetCode compatibility, end to end: solutions written the way LeetCode users write them,
//! which LeetCode accepts, are accepted here too. One table, one row per rule: C++23 with
//! deducing `this`, a library without `<bits/stdc++.h>`, Python's implicit imports, Rust built
//! without overflow checks, JavaScript's coercion of return values by the declared type. Then
//! the toolchains around them: which C++ compiler and standard `doctor` names, and the oldest
//! Python the harness supports.

use std::path::{Path, PathBuf};

use crate::common::Prep;
use serde_json::{json, Value};

/// One rule: a solution, the command that judges it, the verdict LeetCode gives it, and what
/// else a user would check in the document.
struct Row {
    rule: &'static str,
    slug: &'static str,
    file: &'static str,
    source: &'static str,
    command: &'static str,
    env: Vec<(&'static str, String)>,
    check: fn(&Value),
}

fn no_check(_: &Value) {}

/// Every case carries a warning naming the overflow, and the verdict is LeetCode's.
fn overflow_warned(doc: &Value) {
    for case in doc["cases"].as_array().unwrap() {
        let warning = case["warning"].as_str().unwrap_or_default();
        assert!(
            warning.contains("with overflow") && warning.contains("LeetCode builds without"),
            "{case}"
        );
    }
}

fn nothing_warned(doc: &Value) {
    for case in doc["cases"].as_array().unwrap() {
        assert!(case.get("warning").is_none(), "{case}");
    }
}

const CPP_DEDUCING_THIS: &str = "class Solution {
public:
    int diameterOfBinaryTree(TreeNode* root) {
        int best = 0;
        auto dfs = [&](this auto&& dfs, TreeNode* node) -> int {
            if (!node) return 0;
            int l = dfs(node->left), r = dfs(node->right);
            best = max(best, l + r);
            return 1 + max(l, r);
        };
        dfs(root);
        return best;
    }
};
";

const CPP_OWN_INCLUDES: &str = "#include <bits/stdc++.h>
using namespace std;

class Solution {
public:
    int rob(vector<int>& nums) {
        int take = 0, skip = 0;
        for (int x : nums) tie(take, skip) = pair{skip + x, max(take, skip)};
        return ranges::max({take, skip});
    }
};
";

const PY_REDUCE_XOR: &str = "class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        return reduce(xor, nums)
";

/// A name from a module the prelude imports only on demand (`statistics`), and the user's
/// own `gcd` and `deque`, which win over the prelude's.
const PY_OWN_NAMES_WIN: &str = "def gcd(a, b):
    return 'mine'

deque = None

class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        assert gcd(4, 6) == 'mine' and deque is None
        once = [x for x, n in Counter(nums).items() if n == 1]
        return int(median(once))
";

const RUST_WRAPS: &str = "impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut acc = 0;
        for j in 0..n {
            // n - n + j - 1 + 1: a temporary underflow at j = 0, back in range at once.
            acc ^= nums[n - n + j - 1 + 1];
        }
        // i32::MIN.abs() is i32::MIN again without overflow checks.
        let lowest = nums.iter().map(|&x| if x == acc { i32::MIN } else { x }).min().unwrap();
        acc + (lowest.abs() - lowest)
    }
}
";

const JS_TRIE: &str = "var Trie = function() {
    this.root = {};
};

Trie.prototype.insert = function(word) {
    let node = this.root;
    for (const c of word) node = node[c] ??= {};
    node.end = true;
};

Trie.prototype.find = function(prefix) {
    let node = this.root;
    for (const c of prefix) {
        node = node[c];
        if (!node) return null;
    }
    return node;
};

Trie.prototype.search = function(word) {
    const node = this.find(word);
    return node && node.end;
};

Trie.prototype.startsWith = function(prefix) {
    return this.find(prefix);
};
";

const JS_TRUNCATES: &str = "var half = function(n) {
    return n / 2;
};
";

fn rows() -> Vec<Row> {
    vec![
        Row {
            rule: "C++23: a recursive lambda through deducing `this`",
            slug: "diameter-of-binary-tree",
            file: "solution.cpp",
            source: CPP_DEDUCING_THIS,
            command: "submit",
            env: Vec::new(),
            check: no_check,
        },
        Row {
            rule: "C++ under sanitizers with `test`",
            slug: "diameter-of-binary-tree",
            file: "solution.cpp",
            source: CPP_DEDUCING_THIS,
            command: "test",
            env: Vec::new(),
            check: no_check,
        },
        Row {
            rule: "C++ with libc++, which has no <bits/stdc++.h>: prep's own is used",
            slug: "house-robber",
            file: "solution.cpp",
            source: CPP_OWN_INCLUDES,
            command: "test",
            env: vec![("PREP_CXX", libcxx_compiler().display().to_string())],
            check: no_check,
        },
        Row {
            rule: "C++ with libc++, optimised",
            slug: "house-robber",
            file: "solution.cpp",
            source: CPP_OWN_INCLUDES,
            command: "submit",
            env: vec![("PREP_CXX", libcxx_compiler().display().to_string())],
            check: no_check,
        },
        Row {
            rule: "Python: reduce(xor, nums) without imports",
            slug: "single-number",
            file: "solution.py",
            source: PY_REDUCE_XOR,
            command: "submit",
            env: Vec::new(),
            check: no_check,
        },
        Row {
            rule: "Python: the user's own names win; statistics' median is there",
            slug: "single-number",
            file: "solution.py",
            source: PY_OWN_NAMES_WIN,
            command: "test",
            env: Vec::new(),
            check: no_check,
        },
        Row {
            rule: "Rust: `submit` builds without overflow checks, as LeetCode does",
            slug: "single-number",
            file: "solution.rs",
            source: RUST_WRAPS,
            command: "submit",
            env: Vec::new(),
            check: nothing_warned,
        },
        Row {
            rule: "Rust: `test` keeps the checks, and an overflow is a warning beside LeetCode's verdict",
            slug: "single-number",
            file: "solution.rs",
            source: RUST_WRAPS,
            command: "test",
            env: Vec::new(),
            check: overflow_warned,
        },
        Row {
            rule: "JavaScript: a trie's startsWith returning its node counts as true",
            slug: "implement-trie-prefix-tree",
            file: "solution.js",
            source: JS_TRIE,
            command: "submit",
            env: Vec::new(),
            check: no_check,
        },
        Row {
            rule: "JavaScript: a fraction returned as an int truncates toward zero",
            slug: "js-half",
            file: "solution.js",
            source: JS_TRUNCATES,
            command: "test",
            env: Vec::new(),
            check: no_check,
        },
    ]
}

#[test]
fn solutions_written_for_leetcode_are_accepted() {
    for tool in ["clang-19", "libc++-19", "rust", "javascript"] {
        prep::tools::need(tool);
    }
    let prep = Prep::new();
    prep.problem(
        "js-half",
        json!({"function": "half", "params": [{"name": "n", "type": "int"}], "returns": "int"}),
        json!([
            {"input": {"n": 7}, "output": 3},
            {"input": {"n": -7}, "output": -3},
            {"input": {"n": 8}, "output": 4},
        ]),
        2000,
    );
    let mut failures = Vec::new();
    for row in rows() {
        let file = prep.solution(row.slug, row.file, row.source);
        let (doc, code) = judge(&prep, &row.env, row.command, row.slug, &file);
        if doc["verdict"] != "accepted" || code != 0 {
            failures.push(format!("{}: {doc}", row.rule));
            continue;
        }
        (row.check)(&doc);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The same overflow in the terminal: the verdict LeetCode would give, the warning beside it.
#[test]
fn an_overflow_warning_is_shown_beside_the_case() {
    prep::tools::need("rust");
    let prep = Prep::new();
    let file = prep.solution("single-number", "solution.rs", RUST_WRAPS);
    let out = prep
        .cmd()
        .args(["test", "single-number", "--file", file.to_str().unwrap()])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.starts_with("Accepted"), "{text}");
    assert!(
        text.contains("warning   panicked at")
            && text.contains("attempt to subtract with overflow"),
        "{text}"
    );
}

/// `doctor` names the C++ compiler and its standard; with a compiler that lacks deducing
/// `this` (g++ before 14) it says so, and such a solution is a compile error there.
#[test]
fn doctor_names_the_cpp_compiler_and_what_it_lacks() {
    prep::tools::need("cpp");
    prep::tools::need("clang-19");
    let prep = Prep::new();
    let (doc, code) = prep.json(&["doctor", "--json"]);
    assert_eq!(code, 0, "{doc}");
    let cpp = cpp_entry(&doc);
    assert_eq!(cpp["works"], true, "{cpp}");
    let version = cpp["version"].as_str().unwrap();
    assert!(
        version.contains("clang") && version.contains("-std=gnu++23"),
        "LeetCode's compiler in C++23 is expected here (`apt install clang-19`): {cpp}"
    );
    assert_eq!(cpp["notes"], json!([]), "{cpp}");

    let gxx = which("g++").expect("g++ on PATH (`apt install g++`)");
    let out = std::process::Command::new(&gxx)
        .arg("-dumpversion")
        .output()
        .unwrap();
    let major: u32 = String::from_utf8_lossy(&out.stdout)
        .trim()
        .split('.')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let doc = doctor(&prep, "PREP_CXX", "g++");
    let cpp = cpp_entry(&doc);
    assert!(
        cpp["version"].as_str().unwrap().contains("(-std=gnu++"),
        "{cpp}"
    );
    let notes = cpp["notes"].to_string();
    assert_eq!(notes.contains("deducing `this`"), major < 14, "{cpp}");
    let text = prep
        .cmd()
        .env("PREP_CXX", "g++")
        .arg("doctor")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert_eq!(
        text.contains("does not compile with this compiler"),
        major < 14,
        "{text}"
    );

    if major < 14 {
        let slug = "diameter-of-binary-tree";
        let file = prep.solution(slug, "solution.cpp", CPP_DEDUCING_THIS);
        let (doc, _) = judge(&prep, &[("PREP_CXX", "g++".into())], "test", slug, &file);
        assert_eq!(doc["verdict"], "compile_error", "{doc}");
    }

    let file = prep.solution("house-robber", "solution.cpp", CPP_OWN_INCLUDES);
    let out = prep
        .cmd()
        .env("PREP_CXX", "no-such-compiler")
        .args(["test", "house-robber", "--file", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("PREP_CXX names `no-such-compiler`"));
}

/// The oldest Python the harness supports (README: 3.8) runs it end to end, and the prelude
/// means the same on every Python found here: the names it makes at once are those the full
/// prelude would make.
#[test]
fn the_oldest_supported_python_runs_the_harness() {
    let old = python("3.8").unwrap_or_else(|| {
        panic!("this test needs Python 3.8 (`python3.8` on PATH, or `pyenv install 3.8`)")
    });
    let bin = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(&old, bin.path().join("python3")).unwrap();
    let path = format!(
        "{}:{}",
        bin.path().display(),
        std::env::var("PATH").unwrap()
    );
    let prep = Prep::new();
    let doc = doctor(&prep, "PATH", &path);
    let entry = &doc["languages"][0];
    let version = entry["version"].as_str().unwrap_or_default();
    assert!(version.starts_with("Python 3.8."), "{entry}");
    for (source, command) in [(PY_REDUCE_XOR, "submit"), (PY_OWN_NAMES_WIN, "test")] {
        let file = prep.solution("single-number", "solution.py", source);
        let (doc, _) = judge(
            &prep,
            &[("PATH", path.clone())],
            command,
            "single-number",
            &file,
        );
        assert_eq!(doc["verdict"], "accepted", "{doc}");
    }

    let prelude = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lang/python_prelude.py");
    let check = format!(
        "import importlib.util as u\nspec = u.spec_from_file_location('prep_prelude', {:?})\nP = u.module_from_spec(spec)\nspec.loader.exec_module(P)\ncheap = P.prelude([m for m in P.MODULES if m not in P.COSTLY])\nfull = P.prelude(P.MODULES)\nprint(sorted(k for k in cheap if k != '__builtins__' and cheap[k] is not full.get(k)))\n",
        prelude.display()
    );
    let mut pythons: Vec<PathBuf> = ["3.8", "3.9", "3.10", "3.11", "3.12", "3.13", "3.14"]
        .iter()
        .filter_map(|v| python(v))
        .collect();
    pythons.push(which("python3").unwrap());
    for py in pythons {
        let out = std::process::Command::new(&py)
            .args(["-S", "-c", &check])
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            "[]",
            "{}: {}",
            py.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// `prep <command> <slug> --file <file> --json` with `env` on top of the test's: the
/// document and the exit code.
fn judge(
    prep: &Prep,
    env: &[(&str, String)],
    command: &str,
    slug: &str,
    file: &Path,
) -> (Value, i32) {
    let out = prep
        .cmd()
        .envs(env.iter().map(|(k, v)| (k, v)))
        .args([command, slug, "--file", file.to_str().unwrap(), "--json"])
        .output()
        .unwrap();
    let doc = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{command} {slug}: not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (doc, out.status.code().unwrap_or(-1))
}

/// `prep doctor --json` with `var` set to `value`.
fn doctor(prep: &Prep, var: &str, value: &str) -> Value {
    let out = prep
        .cmd()
        .env(var, value)
        .args(["doctor", "--json"])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

fn cpp_entry(doc: &Value) -> &Value {
    doc["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["language"] == "cpp")
        .unwrap()
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// Python `version` (`3.8`): pyenv's, else `python3.8` on PATH, whichever really is that
/// version (a pyenv shim runs whatever version pyenv selects).
fn python(version: &str) -> Option<PathBuf> {
    let root = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".pyenv")));
    let mut found: Vec<PathBuf> = root
        .and_then(|r| std::fs::read_dir(r.join("versions")).ok())
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{version}.")))
        })
        .map(|p| p.join(format!("bin/python{version}")))
        .collect();
    found.sort();
    found.reverse();
    found.extend(which(&format!("python{version}")));
    found.into_iter().find(|p| {
        std::process::Command::new(p)
            .args(["-c", "import sys; print('%d.%d' % sys.version_info[:2])"])
            .output()
            .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == version)
    })
}

/// A clang++ that uses libc++ (no `<bits/stdc++.h>` there), as a one-line wrapper script.
fn libcxx_compiler() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("libcxx");
    let wrapper = dir.join("clang++-libc++");
    if !wrapper.is_file() {
        let clang = (14..=30)
            .rev()
            .map(|v| format!("clang++-{v}"))
            .chain(["clang++".to_string()])
            .find_map(|n| which(&n))
            .expect("clang++ with libc++ (`apt install clang-19 libc++-19-dev libc++abi-19-dev`)");
        std::fs::create_dir_all(&dir).unwrap();
        let tmp = dir.join(format!(".wrapper-{}", std::process::id()));
        std::fs::write(
            &tmp,
            format!(
                "#!/bin/sh\nexec {} -stdlib=libc++ \"$@\"\n",
                clang.display()
            ),
        )
        .unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::rename(&tmp, &wrapper).unwrap();
    }
    wrapper
}
