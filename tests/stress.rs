//! `prep stress` end to end: plausible wrong solutions (tests/fixtures/stress/) are caught
//! within 10 s and shrunk to inputs no larger than the smallest found by hand; every accepted
//! reference of the catalogue, in every language, agrees with the Python reference on the
//! finder's first inputs (no false alarm: `verify --stress`, run by CI over the catalogue); a
//! failing submit on a large case shows a smaller input.

mod common;

use std::path::Path;
use std::sync::Mutex;

use common::Prep;
use prep::catalog::Catalog;
use prep::judge::stress::{self, shrink};
use prep::lang::LangId;
use serde_json::{json, Value};

/// A wrong solution, and the smallest failing input found by hand (the finder's must be no
/// larger, by `shrink::size`).
struct Wrong {
    slug: &'static str,
    file: &'static str,
    /// What the mistake is and the hand-found input, said once for the reader.
    why: &'static str,
    by_hand: Value,
}

fn table() -> Vec<Wrong> {
    let w = |slug, file, why, by_hand| Wrong {
        slug,
        file,
        why,
        by_hand,
    };
    vec![
        w(
            "two-sum",
            "two_sum_same_element.py",
            "an element paired with itself: [1, 0, 2] and 2 answers [0, 0]",
            json!({"nums": [1, 0, 2], "target": 2}),
        ),
        w(
            "contains-duplicate",
            "contains_duplicate_neighbours.py",
            "neighbours only: [1, 0, 1]",
            json!({"nums": [1, 0, 1]}),
        ),
        w(
            "valid-anagram",
            "valid_anagram_sets.py",
            "sets, not counts: \"a\" and \"aa\" (two steps from a local minimum)",
            json!({"s": "a", "t": "aa"}),
        ),
        w(
            "best-time-to-buy-and-sell-stock",
            "stock_max_minus_min.py",
            "sells before it buys: [2, 1]",
            json!({"prices": [2, 1]}),
        ),
        w(
            "maximum-subarray",
            "max_subarray_floor_zero.py",
            "all negative (empty input's neighbour): [-1]",
            json!({"nums": [-1]}),
        ),
        w(
            "climbing-stairs",
            "climbing_stairs_off_by_one.py",
            "off by one: n = 1",
            json!({"n": 1}),
        ),
        w(
            "house-robber",
            "house_robber_alternate.py",
            "a greedy that needs DP: [2, 1, 1, 2]",
            json!({"nums": [2, 1, 1, 2]}),
        ),
        w(
            "coin-change",
            "coin_change_greedy.py",
            "largest coin first: [1, 3, 4] for 6",
            json!({"coins": [1, 3, 4], "amount": 6}),
        ),
        w(
            "linked-list-cycle",
            "linked_list_cycle_values.py",
            "duplicates taken for a cycle: [1, 1] without one",
            json!({"head": [1, 1], "pos": -1}),
        ),
        w(
            "maximum-depth-of-binary-tree",
            "max_depth_left_only.py",
            "a tree problem, left children only: [1, null, 2]",
            json!({"root": [1, null, 2]}),
        ),
        w(
            "invert-binary-tree",
            "invert_tree_root_only.py",
            "the root swapped only: [1, 2, null, 3]",
            json!({"root": [1, 2, null, 3]}),
        ),
        w(
            "min-stack",
            "min_stack_forgets_pop.py",
            "a design class whose minimum ignores pop",
            json!({"ops": ["MinStack", "push", "push", "pop", "getMin"],
                 "args": [[], [1], [0], [], []]}),
        ),
        w(
            "powx-n",
            "pow_negative_exponent.py",
            "a float answer, the exponent's sign lost: 2.0 ^ -1",
            json!({"x": 2.0, "n": -1}),
        ),
        w(
            "merge-intervals",
            "merge_intervals_unsorted.py",
            "any-order answer, the sort forgotten: [[2, 3], [0, 2]]",
            json!({"intervals": [[2, 3], [0, 2]]}),
        ),
        w(
            "number-of-islands",
            "islands_rows_only.py",
            "vertical neighbours missed: [[\"1\"], [\"1\"]]",
            json!({"grid": [["1"], ["1"]]}),
        ),
        w(
            "course-schedule",
            "course_schedule_no_cycle_check.py",
            "a cycle unseen: 2 courses needing each other",
            json!({"numCourses": 2, "prerequisites": [[0, 1], [1, 0]]}),
        ),
        w(
            "valid-parentheses",
            "valid_parentheses_counts.py",
            "kinds ignored: \"(]\"",
            json!({"s": "(]"}),
        ),
        w(
            "top-k-frequent-elements",
            "top_k_first_seen.py",
            "any-order answer, first seen rather than most frequent: [1, 2, 2] and 1",
            json!({"nums": [1, 2, 2], "k": 1}),
        ),
        w(
            "product-of-array-except-self",
            "product_by_division.py",
            "a crash (division by zero): [0, 1]",
            json!({"nums": [0, 1]}),
        ),
        w(
            "happy-number",
            "happy_number_no_cycle.py",
            "a time-out on a small input: 2 never reaches 1",
            json!({"n": 2}),
        ),
        w(
            "clone-graph",
            "clone_graph_same_node.py",
            "the original returned, not a copy: one node",
            json!({"node": [[]]}),
        ),
        w(
            "binary-search",
            "binary_search_last_missed.cpp",
            "C++, the last element never looked at: [5] and 5",
            json!({"nums": [5], "target": 5}),
        ),
        w(
            "set-matrix-zeroes",
            "set_zeroes_cascade.cpp",
            "C++ in place, zeros that spread: [[0, 1], [1, 1]]",
            json!({"matrix": [[0, 1], [1, 1]]}),
        ),
        w(
            "missing-number",
            "MissingNumberOffByOne.java",
            "Java, off by one: [0]",
            json!({"nums": [0]}),
        ),
        w(
            "single-number",
            "single_number_first.js",
            "JavaScript, the first taken: [0, 0, 1]",
            json!({"nums": [0, 0, 1]}),
        ),
        w(
            "kth-largest-element-in-an-array",
            "kth_largest_string_sort.js",
            "JavaScript's string sort: [10, 9] and 1",
            json!({"nums": [10, 9], "k": 1}),
        ),
        w(
            "jump-game",
            "jump_game_first_step.rs",
            "Rust, the first jump only: [1, 0, 1]",
            json!({"nums": [1, 0, 1]}),
        ),
    ]
}

fn fixture(file: &str) -> String {
    std::fs::read_to_string(Path::new("tests/fixtures/stress").join(file)).unwrap()
}

/// Runs `prep stress --seconds 10 --json` on one wrong solution; a failure in words.
fn stress_one(row: &Wrong, catalog: &Catalog) -> Result<(), String> {
    let lang = LangId::from_path(Path::new(row.file)).unwrap();
    prep::tools::need(lang.to_string().as_str());
    let prep = Prep::new();
    prep.solution(row.slug, lang.file_name(), &fixture(row.file));
    let (doc, code) = prep.json(&[
        "stress",
        row.slug,
        "--lang",
        &lang.to_string(),
        "--seconds",
        "10",
        "--json",
    ]);
    let at = format!("{} ({}, {})", row.slug, row.file, row.why);
    if code != 1 || doc["found"] != json!(true) {
        return Err(format!("{at}: nothing found (exit {code}): {doc}"));
    }
    let input = &doc["input"];
    let problem = catalog.get(row.slug).unwrap();
    stress::valid(problem, input).map_err(|e| format!("{at}: an invalid input {input}: {e}"))?;
    let (found, by_hand) = (shrink::size(input), shrink::size(&row.by_hand));
    if found > by_hand {
        return Err(format!(
            "{at}: shrunk to {input} (size {found}), larger than {} (size {by_hand})",
            row.by_hand
        ));
    }
    for key in ["expected", "why", "inputs_tried", "seconds", "language"] {
        if doc.get(key).is_none() {
            return Err(format!("{at}: no `{key}` in {doc}"));
        }
    }
    // It was kept for `prep test`.
    let cases = std::fs::read_to_string(
        prep.home()
            .join(format!("solutions/{}/cases.json", row.slug)),
    )
    .map_err(|e| format!("{at}: no cases.json: {e}"))?;
    let cases: Value = serde_json::from_str(&cases).unwrap();
    if !cases
        .as_array()
        .unwrap()
        .iter()
        .any(|c| &c["input"] == input)
    {
        return Err(format!("{at}: the input is not in cases.json: {cases}"));
    }
    eprintln!(
        "{}: size {found} (by hand {by_hand}) {input} after {} inputs, {} s",
        row.slug, doc["inputs_tried"], doc["seconds"]
    );
    Ok(())
}

#[test]
fn wrong_solutions_are_caught_and_shrunk_no_larger_than_by_hand() {
    let catalog = Catalog::load(None).unwrap();
    let rows = table();
    assert!(rows.len() >= 20);
    let next = Mutex::new(0usize);
    let failures = Mutex::new(Vec::new());
    // Two at a time: each is mostly waiting on its solution's and the reference's processes.
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| loop {
                let i = {
                    let mut n = next.lock().unwrap();
                    *n += 1;
                    *n - 1
                };
                let Some(row) = rows.get(i) else { break };
                if let Err(e) = stress_one(row, &catalog) {
                    failures.lock().unwrap().push(e);
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_input_found_means_exit_0_and_an_unknown_slug_exit_2() {
    let prep = Prep::new();
    let reference = Catalog::load(None)
        .unwrap()
        .get("contains-duplicate")
        .unwrap()
        .reference()
        .unwrap()
        .source
        .clone();
    prep.solution("contains-duplicate", "solution.py", &reference);
    let (doc, code) = prep.json(&["stress", "contains-duplicate", "--seconds", "2", "--json"]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["found"], json!(false));
    assert_eq!(doc["input"], Value::Null);
    assert!(doc["inputs_tried"].as_u64().unwrap() > 0, "{doc}");
    prep.warns(&["stress", "two-summ"], 2, &["two-sum"]);
    // A solution that does not compile: exit 2, saying so.
    prep.solution(
        "contains-duplicate",
        "solution.py",
        "class Solution:\n    def containsDuplicate(self, nums)\n",
    );
    let out = prep
        .cmd()
        .args(["stress", "contains-duplicate"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("does not compile"), "{stderr}");
}

#[test]
fn a_failing_submit_on_a_large_case_shows_a_smaller_input() {
    // A problem of the user's own whose failing case is large: 0..150 with 7 at both ends.
    let prep = Prep::new();
    let mut large: Vec<i64> = (0..150).collect();
    large.push(7);
    prep.problem(
        "dupes",
        json!({"function": "containsDuplicate", "params": [{"name": "nums", "type": "int[]"}],
               "returns": "bool"}),
        json!([{"input": {"nums": [1, 2, 3]}, "output": false},
               {"input": {"nums": large}, "output": true}]),
        1000,
    );
    prep.write(
        "problems/dupes/solutions/accepted/set.py",
        "class Solution:\n    def containsDuplicate(self, nums):\n        return len(set(nums)) < len(nums)\n",
    );
    prep.solution(
        "dupes",
        "solution.py",
        &fixture("contains_duplicate_neighbours.py"),
    );
    let text = prep
        .says(&["--color", "never", "submit", "dupes"], 1, &[])
        .stdout;
    let (report, smaller) = text
        .split_once("a smaller input that fails:")
        .unwrap_or_else(|| panic!("no smaller input under the report:\n{text}"));
    assert!(report.contains("Wrong Answer"), "{report}");
    let input_of = |text: &str| {
        let line = text
            .lines()
            .find(|l| l.trim_start().starts_with("input"))
            .unwrap()
            .to_string();
        // A long input is cut and ends with its length: `... (643 chars)`.
        line.rsplit_once("... (")
            .and_then(|(_, n)| n.split(' ').next()?.parse::<usize>().ok())
            .unwrap_or(line.len())
    };
    assert!(input_of(smaller) < input_of(report), "{text}");
    // --no-stress turns it off.
    let out = prep
        .cmd()
        .args(["submit", "dupes", "--no-stress"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("a smaller input"));
}

/// `verify --stress`, which CI runs over the whole catalogue (every accepted reference, in every
/// language, on the finder's first inputs): here a problem of our own whose references agree
/// passes, and a planted accepted reference that passes every case but is wrong on inputs the
/// finder draws fails it, the failure naming the file and the input.
#[test]
fn verify_stress_names_a_planted_wrong_reference_and_its_input() {
    let prep = Prep::new();
    let dir = own_problem(
        &prep,
        "add-two",
        json!({"function": "add", "params": [{"name": "a", "type": "int"},
               {"name": "b", "type": "int"}], "returns": "long"}),
        json!([{"input": {"a": 1, "b": 2}, "output": 3},
               {"input": {"a": -5, "b": 5}, "output": 0}]),
        json!({"ranges": {"a": [-3, 3], "b": [-3, 3]}, "seed": 1, "count": 2}),
        &[
            ("accepted/plus.py", "class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a + b\n"),
            ("accepted/sum_of.py", "class Solution:\n    def add(self, a, b):\n        return sum([a, b])\n"),
            ("brute_force/count_up.py", "class Solution:\n    def add(self, a, b):\n        return a + b\n"),
        ],
    );
    let dir = dir.as_str();
    // The references agree on every input the finder draws.
    let (code, text) = verify_stress(&prep, dir);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("1 other accepted reference(s) agree: sum_of.py"),
        "{text}"
    );
    // Doubling an equal pair's magnitude: right on every case, wrong on a == b < 0.
    prep::tools::need("javascript");
    prep.write(
        "problems/add-two/solutions/accepted/doubled.js",
        "var add = function(a, b) {\n  return a === b ? 2 * Math.abs(a) : a + b;\n};\n",
    );
    let (doc, code) = prep.json(&["verify", "--dir", dir, "--json"]);
    assert_eq!(code, 0, "passes without --stress: {doc}");
    let (doc, code) = prep.json(&["verify", "--dir", dir, "--stress", "1", "--json"]);
    assert_eq!(code, 1, "{doc}");
    assert_eq!(doc["problems"][0]["slug"], json!("add-two"));
    let failures = doc["problems"][0]["failures"].as_array().unwrap();
    assert_eq!(failures.len(), 1, "{failures:?}");
    let failure = failures[0].as_str().unwrap();
    assert!(
        failure.starts_with("solutions/accepted/doubled.js: stress: wrong_answer on input "),
        "{failure}"
    );
    let input: Value = failure
        .split_once("on input ")
        .and_then(|(_, rest)| rest.split_once(" (the Python reference plus.py answers"))
        .and_then(|(input, _)| serde_json::from_str(input).ok())
        .unwrap_or_else(|| panic!("no input and reference in {failure}"));
    let (a, b) = (input["a"].as_i64().unwrap(), input["b"].as_i64().unwrap());
    assert!(a == b && a < 0, "{input} is no failing input of doubled.js");
}

/// An input whose true answer the return type cannot hold (coin-change-ii's count of ways for
/// many small coins, past 2^31 - 1) is outside the problem's promises: the finder leaves it out
/// rather than call a right solution wrong, and `verify --stress` counts it without failing.
#[test]
fn inputs_whose_answer_the_return_type_cannot_hold_are_left_out() {
    let prep = Prep::new();
    let shift = "class Solution:\n    def power(self, k: int) -> int:\n        return 1 << k\n";
    // Its stored cases are inside the promise (seed 5 draws k = 13): bless refuses an answer
    // past the return type.
    let dir = own_problem(
        &prep,
        "power-of-two",
        json!({"function": "power", "params": [{"name": "k", "type": "int"}], "returns": "int"}),
        json!([{"input": {"k": 0}, "output": 1}, {"input": {"k": 30}, "output": 1073741824}]),
        json!({"ranges": {"k": [0, 40]}, "seed": 5, "count": 1}),
        &[
            ("accepted/shift.py", shift),
            ("brute_force/doubling.py", "class Solution:\n    def power(self, k):\n        p = 1\n        for _ in range(k):\n            p *= 2\n        return p\n"),
        ],
    );
    prep.solution("power-of-two", "solution.py", shift);
    let (doc, code) = prep.json(&["stress", "power-of-two", "--seconds", "2", "--json"]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        doc["found"],
        json!(false),
        "a right solution was called wrong: {doc}"
    );
    let (code, text) = verify_stress(&prep, &dir);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("left out as their answer does not fit the return type"),
        "{text}"
    );
}

/// A problem of our own under the home's `problems/`, for `verify --dir`: this signature, these
/// examples, one `int_values` group (`{ranges, seed, count}`) and these references (`kind/file`,
/// text), blessed. Returns the folder for `--dir`.
fn own_problem(
    prep: &Prep,
    slug: &str,
    signature: Value,
    examples: Value,
    group: Value,
    references: &[(&str, &str)],
) -> String {
    let problem = json!({
        "format_version": 1, "slug": slug, "title": slug, "difficulty": "easy",
        "topics": ["math"], "plan": {"order": 900}, "signature": signature,
        "checker": {"kind": "exact"}, "limits": {"time_ms": 1000, "memory_mb": 256},
        "complexity": {"time": "O(1)", "space": "O(1)"}, "hints": ["-"], "examples": examples,
        "generated": [{"name": "small", "generator": "int_values",
                       "params": {"ranges": group["ranges"]}, "seed": group["seed"],
                       "count": group["count"]}]
    });
    prep.write(
        &format!("problems/{slug}/problem.json"),
        &problem.to_string(),
    );
    prep.write(
        &format!("problems/{slug}/statement.md"),
        "A test problem.\n",
    );
    for (file, text) in references {
        prep.write(&format!("problems/{slug}/solutions/{file}"), text);
    }
    let dir = prep.home().join("problems").to_str().unwrap().to_string();
    let (doc, code) = prep.json(&["verify", "--bless", "--dir", &dir, "--json"]);
    assert_eq!(code, 0, "{doc}");
    dir
}

/// `prep verify --dir DIR --stress 1` in words: its exit code and what it printed.
fn verify_stress(prep: &Prep, dir: &str) -> (Option<i32>, String) {
    let out = prep
        .cmd()
        .args(["--color", "never", "verify", "--dir", dir, "--stress", "1"])
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}
