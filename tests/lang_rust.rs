//! End-to-end tests of Rust solutions: the real `prep` binary, an isolated PREP_HOME per test
//! and a shared PREP_CACHE, real rustc builds and real processes.

mod common;

use std::path::PathBuf;

use common::{assert_round_trips, assert_shapes_run, round_trip_table, Prep};
use serde_json::json;

/// The Rust type LeetCode uses for a type name of the problem format.
fn rust(ty: &str) -> &str {
    match ty {
        "int" => "i32",
        "long" => "i64",
        "uint32" => "u32",
        "double" => "f64",
        "bool" => "bool",
        "string" => "String",
        "char" => "char",
        "int[]" => "Vec<i32>",
        "int[][]" => "Vec<Vec<i32>>",
        "char[][]" => "Vec<Vec<char>>",
        "list<list<string>>" => "Vec<Vec<String>>",
        "long[]" => "Vec<i64>",
        "double[]" => "Vec<f64>",
        "bool[]" => "Vec<bool>",
        "ListNode" => "Option<Box<ListNode>>",
        "ListNode[]" => "Vec<Option<Box<ListNode>>>",
        "TreeNode" => "Option<Rc<RefCell<TreeNode>>>",
        other => panic!("no Rust type for {other}"),
    }
}

const TWO_SUM: &str = "use std::collections::HashMap;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut seen = HashMap::new();
        for (i, &x) in nums.iter().enumerate() {
            if let Some(&j) = seen.get(&(target - x)) {
                return vec![j as i32, i as i32];
            }
            seen.insert(x, i);
        }
        vec![]
    }
}
";

#[test]
fn submit_accepts_a_leetcode_style_rust_solution() {
    let prep = Prep::new();
    prep.solution("two-sum", "solution.rs", TWO_SUM);
    let (doc, code) = prep.json(&["submit", "two-sum", "--lang", "rust", "--json"]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["language"], "rust");
    assert_eq!(doc["verdict"], "accepted");
    assert_eq!(doc["follow_up"], "met");
    assert_eq!(doc["passed"], doc["total"]);
}

#[test]
fn every_type_round_trips_through_the_rust_harness() {
    let prep = Prep::new();
    let types = round_trip_table(
        &["string[]", "Node", "RandomNode"],
        vec![
            (
                "string",
                vec![
                    json!(""),
                    json!("quote \" backslash \\ newline \n tab \t"),
                    json!("héllo 中文 🙂"),
                    json!("  spaces  \n\n"),
                ],
            ),
            ("char", vec![json!("a"), json!("🙂"), json!(" ")]),
            ("double[]", vec![json!([1.5, -0.25, 1e-7])]),
        ],
    );
    assert_round_trips(&prep, &types, |slug, ty| {
        let rust = rust(ty);
        let file = prep.solution(
            slug,
            "solution.rs",
            &format!("impl Solution {{\n    pub fn echo(x: {rust}) -> {rust} {{\n        x\n    }}\n}}\n"),
        );
        prep.test_file(slug, &file)
    });
}

const CODEC: &str = "use std::cell::RefCell;
use std::rc::Rc;

struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        fn go(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut Vec<String>) {
            match node {
                None => out.push(\"#\".to_string()),
                Some(n) => {
                    let n = n.borrow();
                    out.push(n.val.to_string());
                    go(&n.left, out);
                    go(&n.right, out);
                }
            }
        }
        let mut out = Vec::new();
        go(&root, &mut out);
        out.join(\",\")
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        fn go<'a>(it: &mut impl Iterator<Item = &'a str>) -> Option<Rc<RefCell<TreeNode>>> {
            let v = it.next()?;
            if v == \"#\" {
                return None;
            }
            let mut node = TreeNode::new(v.parse().unwrap());
            node.left = go(it);
            node.right = go(it);
            Some(Rc::new(RefCell::new(node)))
        }
        go(&mut data.split(','))
    }
}
";

const PARENT: &str = "use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn parent(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        let p = p.unwrap();
        let mut stack = vec![root.unwrap()];
        while let Some(n) = stack.pop() {
            let kids = [n.borrow().left.clone(), n.borrow().right.clone()];
            for c in kids.into_iter().flatten() {
                if Rc::ptr_eq(&c, &p) {
                    return Some(n);
                }
                stack.push(c);
            }
        }
        None
    }
}
";

/// Design classes, codecs, in-place outputs (arrays and lists) and node references.
#[test]
fn every_signature_shape_runs_through_the_rust_harness() {
    let prep = Prep::new();
    let shapes = [
        (
            json!({"class": "Counter", "constructor": [{"name": "start", "type": "int"}],
                   "methods": [{"name": "add", "params": [{"name": "k", "type": "int"}], "returns": "int"},
                               {"name": "reset", "params": [], "returns": "void"},
                               {"name": "label", "params": [{"name": "s", "type": "string"}, {"name": "xs", "type": "list<int>"}], "returns": "string"}]}),
            json!({"ops": ["Counter", "add", "add", "reset", "label", "add"], "args": [[10], [1], [2], [], ["a b", [1, 2]], [5]]}),
            json!([null, 11, 13, null, "a b:3", 5]),
            "struct Counter {\n    n: i32,\n}\n\nimpl Counter {\n    fn new(start: i32) -> Self {\n        Counter { n: start }\n    }\n    fn add(&mut self, k: i32) -> i32 {\n        self.n += k;\n        self.n\n    }\n    fn reset(&mut self) {\n        self.n = 0;\n    }\n    fn label(&self, s: String, xs: Vec<i32>) -> String {\n        format!(\"{}:{}\", s, xs.iter().sum::<i32>())\n    }\n}\n".to_string(),
        ),
        (
            json!({"class": "Codec", "methods": [{"name": "serialize", "params": [{"name": "root", "type": "TreeNode"}], "returns": "string"},
                                                 {"name": "deserialize", "params": [{"name": "data", "type": "string"}], "returns": "TreeNode"}],
                   "roundtrip": ["serialize", "deserialize"]}),
            json!({"root": [1, 2, 3, null, null, 4, 5]}),
            json!([1, 2, 3, null, null, 4, 5]),
            CODEC.to_string(),
        ),
        (
            json!({"function": "negate", "params": [{"name": "grid", "type": "int[][]"}], "returns": "void", "output": {"param": "grid"}}),
            json!({"grid": [[1, -2], [0, 4]]}),
            json!([[-1, 2], [0, -4]]),
            "impl Solution {\n    pub fn negate(grid: &mut Vec<Vec<i32>>) {\n        for row in grid.iter_mut() {\n            for x in row.iter_mut() {\n                *x = -*x;\n            }\n        }\n    }\n}\n".to_string(),
        ),
        (
            json!({"function": "dropFirst", "params": [{"name": "head", "type": "ListNode"}], "returns": "void", "output": {"param": "head"}}),
            json!({"head": [1, 2, 3]}),
            json!([2, 3]),
            "impl Solution {\n    pub fn drop_first(head: &mut Option<Box<ListNode>>) {\n        let next = head.as_mut().unwrap().next.take();\n        *head = next;\n    }\n}\n".to_string(),
        ),
        (
            json!({"function": "parent", "params": [{"name": "root", "type": "TreeNode"}, {"name": "p", "type": "TreeNode", "node_in": "root"}],
                   "returns": "TreeNode", "output": {"node_value": true}}),
            json!({"root": [5, 3, 8, 1], "p": 1}),
            json!(3),
            PARENT.to_string(),
        ),
        (
            json!({"function": "hammingWeight", "rust_name": "hammingWeight", "params": [{"name": "n", "type": "uint32"}], "returns": "int"}),
            json!({"n": 4294967295_u64}),
            json!(32),
            "impl Solution {\n    pub fn hammingWeight(n: u32) -> i32 {\n        n.count_ones() as i32\n    }\n}\n".to_string(),
        ),
    ];
    assert_shapes_run(&prep, shapes, |slug, source| {
        let file = prep.solution(slug, "solution.rs", source);
        prep.test_file(slug, &file)
    });
}

#[test]
fn problems_rust_cannot_express_are_not_offered() {
    let prep = Prep::new();
    for slug in ["linked-list-cycle", "clone-graph"] {
        let out = prep
            .cmd()
            .args(["solve", slug, "--lang", "rust", "--no-watch"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{slug}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("not offered in Rust"), "{slug}: {err}");
    }
}

#[test]
fn a_compile_error_names_the_users_file_and_line() {
    let prep = Prep::new();
    let file = prep.solution(
        "two-sum",
        "solution.rs",
        "impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n        let x: i32 = \"text\";\n        vec![]\n    }\n}\n",
    );
    let (doc, code) = prep.test_lang("two-sum", "rust");
    assert_eq!(code, 1);
    assert_eq!(doc["verdict"], "compile_error");
    let output = doc["compile_output"].as_str().unwrap();
    assert!(
        output.contains(&format!("--> {}:3:22", file.display())),
        "{output}"
    );
    assert!(output.contains("mismatched types"), "{output}");
    assert!(!output.contains("main.rs"), "{output}");
    assert!(!output.contains("aborting due to"), "{output}");
}

#[test]
fn a_signature_unlike_leetcodes_says_which_call_prep_makes() {
    let prep = Prep::new();
    prep.solution(
        "two-sum",
        "solution.rs",
        "impl Solution {\n    pub fn two_sum(nums: Vec<i64>, target: i64) -> Vec<i32> {\n        vec![]\n    }\n}\n",
    );
    let (doc, _) = prep.test_lang("two-sum", "rust");
    assert_eq!(doc["verdict"], "compile_error");
    let output = doc["compile_output"].as_str().unwrap();
    assert!(
        output.contains("prep calls `pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32>` on `Solution` (LeetCode's signature)"),
        "{output}"
    );
    prep.solution(
        "min-stack",
        "solution.rs",
        "struct MinStack {}\n\nimpl MinStack {\n    fn new() -> Self {\n        MinStack {}\n    }\n    fn push(&mut self, val: i32) {}\n    fn pop(&mut self) {}\n    fn top(&self) -> i32 {\n        0\n    }\n    fn getMin(&self) -> i32 {\n        0\n    }\n}\n",
    );
    let (doc, _) = prep.test_lang("min-stack", "rust");
    assert_eq!(doc["verdict"], "compile_error");
    let output = doc["compile_output"].as_str().unwrap();
    assert!(
        output.contains("prep calls `fn get_min(&self) -> i32`"),
        "{output}"
    );
}

#[test]
fn a_panic_is_a_runtime_error_at_the_users_line() {
    let prep = Prep::new();
    let file = prep.solution(
        "two-sum",
        "solution.rs",
        "impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n        vec![nums[100] as i32, 0]\n    }\n}\n",
    );
    let (doc, code) = prep.json(&["submit", "two-sum", "--lang", "rust", "--json"]);
    assert_eq!(code, 1);
    assert_eq!(doc["verdict"], "runtime_error");
    let message = doc["cases"][0]["message"].as_str().unwrap();
    assert!(
        message.contains(&format!("{}:3:", file.display())),
        "{message}"
    );
    assert!(message.contains("index out of bounds"), "{message}");
}

#[test]
fn a_panic_in_a_design_class_names_the_call_and_the_next_case_runs() {
    let prep = Prep::new();
    prep.solution(
        "min-stack",
        "solution.rs",
        "struct MinStack {\n    s: Vec<i32>,\n    m: Vec<i32>,\n}\n\nimpl MinStack {\n    fn new() -> Self {\n        MinStack { s: vec![], m: vec![] }\n    }\n    fn push(&mut self, val: i32) {\n        self.s.push(val);\n        if self.m.is_empty() || val < *self.m.last().unwrap() {\n            self.m.push(val);\n        }\n    }\n    fn pop(&mut self) {\n        if self.s.pop() == self.m.last().copied() {\n            self.m.pop();\n        }\n    }\n    fn top(&self) -> i32 {\n        *self.s.last().unwrap()\n    }\n    fn get_min(&self) -> i32 {\n        *self.m.last().unwrap()\n    }\n}\n",
    );
    let (doc, code) = prep.test_lang("min-stack", "rust");
    assert_eq!(code, 1);
    let cases = doc["cases"].as_array().unwrap();
    let crash = cases
        .iter()
        .find(|c| c["verdict"] == "runtime_error")
        .unwrap();
    let message = crash["message"].as_str().unwrap();
    assert!(
        message.contains("called `Option::unwrap()` on a `None` value")
            && message.contains("(in call 7: getMin())")
            && message.contains("solution.rs:25:"),
        "{message}"
    );
    // A panic in the middle of a case's calls: the case after it reads its own calls.
    prep.problem(
        "echoer",
        json!({"class": "Echoer", "constructor": [],
               "methods": [{"name": "say", "params": [{"name": "s", "type": "string"}], "returns": "string"}]}),
        vec![
            json!({"input": {"ops": ["Echoer", "say", "say", "say"], "args": [[], ["boom"], ["x y"], ["z"]]},
                   "output": [null, "boom", "x y", "z"]}),
            json!({"input": {"ops": ["Echoer", "say"], "args": [[], ["ok \n"]]}, "output": [null, "ok \n"]}),
        ],
        2000,
    );
    prep.solution(
        "echoer",
        "solution.rs",
        "struct Echoer {}\n\nimpl Echoer {\n    fn new() -> Self {\n        Echoer {}\n    }\n    fn say(&self, s: String) -> String {\n        if s == \"boom\" {\n            panic!(\"no booms\");\n        }\n        s\n    }\n}\n",
    );
    let (doc, code) = prep.test_lang("echoer", "rust");
    assert_eq!(code, 1);
    let message = doc["cases"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("no booms") && message.contains("(in call 1: say(\"boom\"))"),
        "{message}"
    );
    assert_eq!(doc["cases"][1]["verdict"], "accepted", "{doc}");
}

#[test]
fn a_second_test_of_an_unchanged_file_reuses_the_build() {
    let prep = Prep::new();
    prep.add_problem(2000, 256);
    let marker = format!("reuse-{}", std::process::id());
    prep.solution(
        "add-two",
        "solution.rs",
        &format!("// {marker}\nimpl Solution {{\n    pub fn add(a: i32, b: i32) -> i64 {{\n        a as i64 + b as i64\n    }}\n}}\n"),
    );
    let builds = || -> Vec<PathBuf> {
        let root = Prep::cache().join("builds/rust");
        std::fs::read_dir(&root)
            .map(|dir| {
                dir.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| {
                        std::fs::read_to_string(p.join("solution.rs"))
                            .is_ok_and(|t| t.contains(&marker))
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let (doc, code) = prep.test_lang("add-two", "rust");
    assert_eq!(code, 0, "{doc}");
    let first = builds();
    assert_eq!(first.len(), 1, "{first:?}");
    let done = first[0].join(".done");
    let stamp = std::fs::metadata(&done).unwrap().modified().unwrap();
    let binary = std::fs::metadata(first[0].join("solution"))
        .unwrap()
        .modified()
        .unwrap();
    let (doc, code) = prep.test_lang("add-two", "rust");
    assert_eq!(code, 0, "{doc}");
    assert_eq!(builds(), first);
    assert_eq!(std::fs::metadata(&done).unwrap().modified().unwrap(), stamp);
    assert_eq!(
        std::fs::metadata(first[0].join("solution"))
            .unwrap()
            .modified()
            .unwrap(),
        binary
    );
}

#[test]
fn prints_show_up_in_the_cases_stdout() {
    let prep = Prep::new();
    prep.add_problem(2000, 256);
    prep.solution(
        "add-two",
        "solution.rs",
        "impl Solution {\n    pub fn add(a: i32, b: i32) -> i64 {\n        println!(\"adding {} and {}\", a, b);\n        print!(\"no newline\");\n        a as i64 + b as i64\n    }\n}\n",
    );
    let (doc, code) = prep.test_lang("add-two", "rust");
    assert_eq!(code, 0, "{doc}");
    let cases = doc["cases"].as_array().unwrap();
    assert_eq!(cases[0]["stdout"], "adding 1 and 2\nno newline");
    assert_eq!(cases[1]["stdout"], "adding -5 and 5\nno newline");
}

/// LeetCode builds without overflow checks: `i32 + i32` past the range wraps there, a wrong
/// answer. `submit` gives that verdict; `test` keeps the checks, so it names the line of the
/// overflow too, as a warning beside the same verdict.
#[test]
fn overflow_wraps_as_on_leetcode_and_test_names_it() {
    let prep = Prep::new();
    prep.add_problem(2000, 256);
    let file = prep.solution(
        "add-two",
        "solution.rs",
        "impl Solution {\n    pub fn add(a: i32, b: i32) -> i64 {\n        (a + b) as i64\n    }\n}\n",
    );
    let (doc, code) = prep.test_lang("add-two", "rust");
    assert_eq!(code, 1);
    let case = &doc["cases"][2];
    assert_eq!(case["verdict"], "wrong_answer", "{doc}");
    assert_eq!(case["actual"], -2, "{doc}");
    let warning = case["warning"].as_str().unwrap();
    assert!(
        warning.contains(&format!(
            "{}:3:9: attempt to add with overflow",
            file.display()
        )),
        "{warning}"
    );
    assert!(doc["cases"][0].get("warning").is_none(), "{doc}");
    let (doc, code) = prep.submit_file("add-two", &file);
    assert_eq!(code, 1);
    assert_eq!(doc["cases"][2]["verdict"], "wrong_answer", "{doc}");
    assert!(doc["cases"][2].get("warning").is_none(), "{doc}");
}

#[test]
fn running_out_of_memory_is_memory_limit_exceeded() {
    let prep = Prep::new();
    prep.add_problem(2000, 64);
    // One allocation past the address-space limit (the allocator fails), and a slow climb
    // (the watchdog sees the resident memory).
    for body in [
        "let v: Vec<u64> = vec![7; 1 << 28];\n        v[a as usize % 100] as i64",
        "let mut v: Vec<Vec<u8>> = Vec::new();\n        loop {\n            v.push(vec![1u8; 1 << 20]);\n        }",
    ] {
        prep.solution(
            "add-two",
            "solution.rs",
            &format!("impl Solution {{\n    pub fn add(a: i32, b: i32) -> i64 {{\n        {body}\n    }}\n}}\n"),
        );
        let (doc, code) = prep.test_lang("add-two", "rust");
        assert_eq!(code, 1);
        assert_eq!(doc["verdict"], "memory_limit_exceeded", "{doc}");
    }
}

#[test]
fn deep_recursion_has_the_stack_it_needs() {
    let prep = Prep::new();
    prep.add_problem(2000, 256);
    prep.solution(
        "add-two",
        "solution.rs",
        "impl Solution {\n    fn depth(n: i64) -> i64 {\n        let buf = [n; 8];\n        if n == 0 {\n            return 0;\n        }\n        let below = Self::depth(n - 1);\n        std::hint::black_box(&buf)[0] - n + below + 1\n    }\n    pub fn add(a: i32, b: i32) -> i64 {\n        Self::depth(500_000) - 500_000 + a as i64 + b as i64\n    }\n}\n",
    );
    let (doc, code) = prep.test_lang("add-two", "rust");
    assert_eq!(code, 0, "{doc}");
}

/// A fresh scaffold of every seed problem offered in Rust builds and gets WRONG_ANSWER.
#[test]
fn scaffolds_of_the_seed_problems_build_and_get_wrong_answer() {
    let prep = Prep::new();
    for slug in [
        "two-sum",
        "valid-anagram",
        "group-anagrams",
        "valid-parentheses",
        "min-stack",
        "reverse-linked-list",
        "invert-binary-tree",
        "lowest-common-ancestor-of-a-binary-search-tree",
        "number-of-islands",
        "course-schedule-ii",
        "rotate-image",
        "median-of-two-sorted-arrays",
    ] {
        prep.cmd()
            .args(["solve", slug, "--lang", "rust", "--no-watch"])
            .assert()
            .success();
        let (doc, code) = prep.test_lang(slug, "rust");
        assert_eq!(code, 1, "{slug}: {doc}");
        assert_eq!(doc["verdict"], "wrong_answer", "{slug}: {doc}");
    }
    let tree =
        std::fs::read_to_string(prep.home().join("solutions/invert-binary-tree/solution.rs"))
            .unwrap();
    assert!(
        tree.contains("// pub struct TreeNode {")
            && tree.contains("use std::rc::Rc;\nuse std::cell::RefCell;\n")
            && tree.contains("    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {"),
        "{tree}"
    );
    let stack =
        std::fs::read_to_string(prep.home().join("solutions/min-stack/solution.rs")).unwrap();
    assert!(
        stack.contains("struct MinStack {")
            && stack.contains("    fn new() -> Self {")
            && stack.contains("    fn push(&self, val: i32) {")
            && stack.contains("    fn get_min(&self) -> i32 {")
            && !stack.contains("TreeNode"),
        "{stack}"
    );
    let rotate =
        std::fs::read_to_string(prep.home().join("solutions/rotate-image/solution.rs")).unwrap();
    assert!(
        rotate.contains("pub fn rotate(matrix: &mut Vec<Vec<i32>>) {"),
        "{rotate}"
    );
}

/// A user's own `Node` (an LRU cache's list) compiles: no node definitions are forced on it.
#[test]
fn a_users_own_node_type_compiles() {
    let prep = Prep::new();
    prep.add_problem(2000, 256);
    prep.solution(
        "add-two",
        "solution.rs",
        "use std::rc::Rc;\nuse std::cell::RefCell;\n\nstruct Node {\n    val: i64,\n}\n\nstruct ListNode {\n    next: Option<Rc<RefCell<Node>>>,\n}\n\nimpl Solution {\n    pub fn add(a: i32, b: i32) -> i64 {\n        let n = Node { val: a as i64 + b as i64 };\n        let l = ListNode { next: Some(Rc::new(RefCell::new(n))) };\n        let v = l.next.unwrap().borrow().val;\n        v\n    }\n}\n",
    );
    let (doc, code) = prep.test_lang("add-two", "rust");
    assert_eq!(code, 0, "{doc}");
}
