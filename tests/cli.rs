//! End-to-end tests: the real `prep` binary, an isolated PREP_HOME per test and a shared
//! PREP_CACHE, real Python solutions, real processes and limits.

mod common;

use common::{each, expect, Prep};
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

/// A small local problem with tight limits (`add`: return a + b): two examples and a hidden
/// test, and a reference.
fn add_two_with_a_hidden_test(prep: &Prep, time_ms: u64, memory_mb: u64) {
    let problem = json!({
        "format_version": 1, "slug": "add-two", "title": "Add Two", "difficulty": "easy",
        "topics": ["math"], "plan": {"order": 900},
        "signature": {"function": "add", "params": [{"name": "a", "type": "int"}, {"name": "b", "type": "int"}], "returns": "long"},
        "checker": {"kind": "exact"},
        "limits": {"time_ms": time_ms, "memory_mb": memory_mb},
        "complexity": {"time": "O(1)", "space": "O(1)"},
        "hints": ["Use +."],
        "examples": [{"input": {"a": 1, "b": 2}, "output": 3}, {"input": {"a": -5, "b": 5}, "output": 0}],
        "tests": [{"name": "big", "input": {"a": 2147483647, "b": 2147483647}, "output": 4294967294_i64}]
    });
    prep.write("problems/add-two/problem.json", &problem.to_string());
    prep.write(
        "problems/add-two/statement.md",
        "Return the sum of `a` and `b`.\n",
    );
    prep.write(
        "problems/add-two/solutions/accepted/plus.py",
        "class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a + b\n",
    );
    prep.write(
        "problems/add-two/solutions/brute_force/count_up.py",
        "class Solution:\n    def add(self, a, b):\n        return sum([a, b])\n",
    );
}

const TWO_SUM: &str = "class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
";

/// Right on two-sum's first example only.
const RETURNS_0_1: &str =
    "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n";

#[test]
fn submit_accepts_a_leetcode_style_solution() {
    let prep = Prep::new();
    let file = prep.write("elsewhere/two-sum/mine.py", TWO_SUM);
    let (doc, code) = prep.json(&[
        "submit",
        "two-sum",
        "--file",
        file.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(code, 0);
    assert_eq!(doc["verdict"], "accepted");
    assert_eq!(doc["follow_up"], "met");
    assert_eq!(doc["passed"], doc["total"]);
    assert!(doc["total"].as_u64().unwrap() > 25);
    let case = &doc["cases"][0];
    for key in [
        "index",
        "group",
        "name",
        "verdict",
        "cpu_ms",
        "wall_ms",
        "memory_kb",
        "input",
        "expected",
        "actual",
        "stdout",
        "stderr",
        "signal",
    ] {
        assert!(case.get(key).is_some(), "case lacks {key}: {case}");
    }
    // The attempt is logged.
    let (history, _) = prep.json(&["history", "--json"]);
    assert_eq!(history["attempts"][0]["slug"], "two-sum");
    assert_eq!(history["attempts"][0]["verdict"], "accepted");
}

#[test]
fn wrong_answer_shows_input_expected_actual() {
    let prep = Prep::new();
    // Outside the workspace: the slug is the folder's name.
    let file = prep.write("w/two-sum/solution.py", RETURNS_0_1);
    let (doc, code) = prep.json(&["submit", "--file", file.to_str().unwrap(), "--json"]);
    assert_eq!(code, 1);
    assert_eq!(doc["verdict"], "wrong_answer");
    let failed: Vec<&Value> = each(&doc["cases"])
        .filter(|c| c["verdict"] == "wrong_answer")
        .collect();
    assert_eq!(failed.len(), 1, "submit stops at the first failure");
    assert_eq!(failed[0]["actual"], json!([0, 1]));
    assert!(failed[0]["expected"].is_array());
    assert!(failed[0]["input"]["nums"].is_array());
    assert!(each(&doc["cases"]).any(|c| c["verdict"] == "skipped"));
    // The human report names the difference, and the case joins cases.json when hidden.
    prep.says(
        &["submit", "two-sum", "--file", file.to_str().unwrap()],
        1,
        &["Wrong Answer", "expected", "actual    [0, 1]"],
    );
}

#[test]
fn failing_hidden_case_is_added_to_cases_json_once() {
    let prep = Prep::new();
    // Right on the examples, wrong on the hidden zero-target tests.
    prep.solution(
        "two-sum",
        "solution.py",
        &TWO_SUM.replace(
            "seen = {}",
            "seen = {}\n        if target == 0:\n            return [0, 0]",
        ),
    );
    prep.says(&["submit", "two-sum"], 1, &["cases.json"]);
    prep.says(&["submit", "two-sum"], 1, &[]);
    let cases: Value = serde_json::from_str(
        &std::fs::read_to_string(prep.home().join("solutions/two-sum/cases.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(cases.as_array().unwrap().len(), 1, "deduplicated: {cases}");
    assert!(cases[0]["output"].is_array());
    // `prep test` now replays it.
    let (doc, _) = prep.json(&["test", "two-sum", "--json"]);
    assert!(each(&doc["cases"]).any(|c| c["group"] == "own" && c["verdict"] == "wrong_answer"));
}

#[test]
fn endless_loop_is_time_limit_exceeded_within_the_backstop() {
    let prep = add_two_solved(
        300,
        "class Solution:\n    def add(self, a, b):\n        while True:\n            pass\n",
    );
    let started = std::time::Instant::now();
    let (doc, code) = prep.json(&["submit", "add-two", "--json"]);
    assert_eq!(code, 1);
    assert_eq!(doc["verdict"], "time_limit_exceeded");
    // Stopped at 1.5 L CPU or the 3 L + 1 s wall backstop, plus start-up: a bound that only
    // a hang crosses (15 s was crossed at a load average of 8 to 25 on two cores).
    assert!(
        started.elapsed().as_secs_f64() < 90.0,
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn sleeping_is_stopped_by_the_wall_clock() {
    // Asleep for a minute: without the backstop the case would take all of it.
    let prep = add_two_solved(
        200,
        "import time\nclass Solution:\n    def add(self, a, b):\n        time.sleep(60)\n",
    );
    let (doc, _) = prep.json(&["test", "add-two", "--json"]);
    assert_eq!(doc["verdict"], "time_limit_exceeded");
    let case = &doc["cases"][0];
    assert!(
        case["message"]
            .as_str()
            .unwrap()
            .contains("wall-clock backstop"),
        "{case}"
    );
    // The backstop is 3 L + 1 s = 1.6 s: it stops the case no sooner, and far sooner than
    // the sleep would end (a generous bound: a loaded machine is slow to notice).
    let wall = case["wall_ms"].as_f64().unwrap();
    assert!((1600.0..15_000.0).contains(&wall), "{case}");
}

#[test]
fn quadratic_two_sum_is_accepted_but_misses_the_follow_up() {
    let prep = Prep::new();
    prep.solution(
        "two-sum",
        "solution.py",
        "class Solution:\n    def twoSum(self, nums, target):\n        n = len(nums)\n        for i in range(n):\n            for j in range(i + 1, n):\n                if nums[i] + nums[j] == target:\n                    return [i, j]\n",
    );
    let (doc, code) = prep.json(&["submit", "two-sum", "--json"]);
    assert_eq!(code, 0);
    assert_eq!(doc["verdict"], "accepted");
    assert_eq!(doc["follow_up"], "not_met");
    let (history, _) = prep.json(&["history", "--json"]);
    assert_eq!(history["attempts"][0]["verdict"], "accepted");
}

#[test]
fn solve_scaffolds_never_overwrites_and_force_keeps_a_backup() {
    let prep = Prep::new();
    prep.says(&["solve", "two-sum", "--no-watch"], 0, &["Created"]);
    let file = prep.home().join("solutions/two-sum/solution.py");
    let scaffold = std::fs::read_to_string(&file).unwrap();
    assert!(scaffold.contains(
        "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:"
    ));
    assert!(scaffold.starts_with("# 3. Two Sum (easy)"));
    // The scaffold compiles and gets a wrong answer, not a compile error.
    let (doc, _) = prep.json(&["test", "two-sum", "--json"]);
    assert_eq!(doc["verdict"], "wrong_answer");
    std::fs::write(&file, TWO_SUM).unwrap();
    prep.says(&["solve", "two-sum", "--no-watch"], 0, &["kept as it is"]);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), TWO_SUM);
    expect(
        prep.cmd()
            .args(["solve", "two-sum", "--no-watch", "--force"])
            .env("PREP_NOW", "2026-11-28T10:00:00Z"),
        0,
        &[],
        &[],
    );
    let backup = prep
        .home()
        .join("solutions/two-sum/solution.py.20261128-100000.bak");
    assert_eq!(std::fs::read_to_string(backup).unwrap(), TWO_SUM);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), scaffold);
}

#[test]
fn scaffolds_of_trees_and_design_classes() {
    let prep = Prep::new();
    prep.says(&["solve", "invert-binary-tree", "--no-watch"], 0, &[]);
    let tree =
        std::fs::read_to_string(prep.home().join("solutions/invert-binary-tree/solution.py"))
            .unwrap();
    assert!(
        tree.contains("# class TreeNode:")
            && tree
                .contains("def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:")
    );
    prep.says(&["solve", "min-stack", "--no-watch"], 0, &[]);
    let stack =
        std::fs::read_to_string(prep.home().join("solutions/min-stack/solution.py")).unwrap();
    assert!(
        stack.contains("class MinStack:")
            && stack.contains("def push(self, val: int) -> None:")
            && stack.contains("def getMin(self) -> int:")
    );
    // The session follows the last solve: test without a slug means min-stack.
    let (doc, _) = prep.json(&["test", "--json"]);
    assert_eq!(doc["slug"], "min-stack");
}

#[test]
fn own_cases_get_expected_outputs_from_the_reference() {
    let prep = Prep::new();
    prep.solution("two-sum", "solution.py", TWO_SUM);
    prep.write("solutions/two-sum/cases.json", r#"[{"input": {"nums": [3, 2, 4], "target": 6}}, {"name": "mine", "input": {"nums": [1, 5], "target": 6}, "output": [0, 1]}]"#);
    let (doc, code) = prep.json(&["test", "two-sum", "--json"]);
    assert_eq!(code, 0);
    let own: Vec<&Value> = each(&doc["cases"])
        .filter(|c| c["group"] == "own")
        .collect();
    assert_eq!(own.len(), 2);
    assert_eq!(own[0]["expected"], json!([1, 2]));
    assert_eq!(own[0]["verdict"], "accepted");
    // --case picks one, --input runs a custom one.
    let (doc, _) = prep.json(&["test", "two-sum", "--case", "5", "--json"]);
    assert_eq!(doc["cases"].as_array().unwrap().len(), 1);
    assert_eq!(doc["cases"][0]["name"], "mine");
    let (doc, _) = prep.json(&[
        "test",
        "two-sum",
        "--input",
        r#"{"nums": [7, 7], "target": 14}"#,
        "--json",
    ]);
    assert_eq!(doc["cases"][0]["actual"], json!([0, 1]));
    assert_eq!(doc["cases"][0]["verdict"], "accepted");
}

#[test]
fn bad_input_files_name_the_file_and_place() {
    let prep = Prep::new();
    prep.solution("two-sum", "solution.py", TWO_SUM);
    let cases = prep.write(
        "solutions/two-sum/cases.json",
        "[{\"input\": {\"nums\": [1, 2], \"target\": 3}},\n {\"input\": ",
    );
    prep.warns(
        &["test", "two-sum"],
        2,
        &[&format!("{}:2:", cases.display())],
    );
    prep.write(
        "solutions/two-sum/cases.json",
        r#"[{"input": {"nums": [1, "x"], "target": 3}}]"#,
    );
    prep.warns(
        &["test", "two-sum"],
        2,
        &["at [0].input.nums[1]: expected an int"],
    );
    prep.warns(
        &["test", "two-sum", "--input", "{nums"],
        2,
        &["--input: not JSON"],
    );
    std::fs::remove_file(&cases).unwrap();
    prep.warns(
        &["test", "two-sum", "--case", "99"],
        2,
        &["there are 3 cases"],
    );
    // The solution file is untouched by all of this.
    assert_eq!(
        std::fs::read_to_string(prep.home().join("solutions/two-sum/solution.py")).unwrap(),
        TWO_SUM
    );
    prep.write("config.toml", "workspace = [\n");
    prep.warns(&["list"], 2, &["config.toml"]);
}

#[test]
fn a_broken_local_problem_is_named_with_line_and_column() {
    let prep = Prep::new();
    // A comma missing at the end of line 3.
    let text = "{\n  \"format_version\": 1,\n  \"slug\": \"broken\"\n  \"title\": \"x\"\n}\n";
    let path = prep.write("problems/broken/problem.json", text);
    prep.write("problems/broken/statement.md", "x\n");
    prep.warns(&["list"], 0, &[&format!("{}:4:", path.display())]);
    prep.warns(&["show", "broken"], 2, &["cannot be read"]);
    // A wrong type inside is named by its JSON path.
    add_two_with_a_hidden_test(&prep, 1000, 256);
    let text = std::fs::read_to_string(prep.home().join("problems/add-two/problem.json")).unwrap();
    prep.write(
        "problems/add-two/problem.json",
        &text.replace("\"output\":3", "\"output\":\"three\""),
    );
    prep.warns(&["show", "add-two"], 2, &["examples[0].output"]);
}

#[test]
fn unknown_slug_and_bad_clock_exit_2() {
    let prep = Prep::new();
    prep.warns(&["show", "two-summ"], 2, &["did you mean `two-sum`"]);
    prep.warns(
        &["solve", "inverse-binary-tree", "--no-watch"],
        2,
        &["invert-binary-tree"],
    );
    prep.warns(&["test"], 2, &["which problem?"]);
    expect(
        prep.cmd().args(["list"]).env("PREP_NOW", "yesterday"),
        2,
        &[],
        &["PREP_NOW"],
    );
    prep.warns(&["test", "two-sum"], 2, &["prep solve two-sum"]);
}

#[test]
fn list_and_show_documents() {
    let prep = Prep::new();
    let (doc, code) = prep.json(&["list", "--json"]);
    assert_eq!(code, 0);
    let problems = doc["problems"].as_array().unwrap();
    // Every problem folder of the repository is in the catalogue, and they are the 150.
    let folders = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("problems"))
        .unwrap()
        .flatten()
        .filter(|topic| topic.path().is_dir())
        .flat_map(|topic| std::fs::read_dir(topic.path()).unwrap().flatten())
        .filter(|p| p.path().join("problem.json").is_file())
        .count();
    assert_eq!(problems.len(), folders);
    assert_eq!(problems.len(), 150);
    let two_sum = problems.iter().find(|p| p["slug"] == "two-sum").unwrap();
    for key in [
        "slug",
        "title",
        "difficulty",
        "topics",
        "blind75",
        "status",
        "languages",
        "local",
    ] {
        assert!(two_sum.get(key).is_some(), "{key}");
    }
    assert_eq!(two_sum["status"], "new");
    let (blind, _) = prep.json(&["list", "--blind75", "--json"]);
    let blind = blind["problems"].as_array().unwrap();
    assert_eq!(
        blind.len(),
        problems.iter().filter(|p| p["blind75"] == true).count()
    );
    assert_eq!(blind.len(), 75);
    assert!(blind.iter().all(|p| p["blind75"] == true));
    assert!(!blind.iter().any(|p| p["slug"] == "min-stack"));
    let (trees, _) = prep.json(&["list", "--topic", "trees", "--json"]);
    let trees = trees["problems"].as_array().unwrap();
    let has_trees = |p: &&Value| p["topics"].as_array().unwrap().contains(&json!("trees"));
    assert!(!trees.is_empty());
    assert!(trees.iter().all(|p| has_trees(&p)));
    assert_eq!(trees.len(), problems.iter().filter(has_trees).count());
    prep.says(&["list", "--topic", "tress"], 2, &[]);
    let (show, _) = prep.json(&["show", "two-sum", "--json"]);
    for key in [
        "slug",
        "title",
        "difficulty",
        "topics",
        "statement",
        "examples",
        "hints",
        "complexity",
        "languages",
        "limits",
    ] {
        assert!(show.get(key).is_some(), "{key}");
    }
    assert!(show["hints"].as_u64().unwrap() >= 2);
    prep.says(&["show", "two-sum"], 0, &["Example 1", "Constraints"]);
    prep.says(&["list"], 0, &["two-sum"]);
}

#[test]
fn status_follows_the_history_and_damaged_lines_are_skipped() {
    let prep = Prep::new();
    prep.solution("two-sum", "solution.py", TWO_SUM);
    prep.says(&["submit", "two-sum"], 0, &[]);
    let history = prep.home().join("history.jsonl");
    let mut text = std::fs::read_to_string(&history).unwrap();
    text.push_str("{\"v\": 1, \"event\": \"attempt\", garbage\n");
    std::fs::write(&history, &text).unwrap();
    expect(
        prep.cmd().args(["history"]),
        0,
        &["two-sum"],
        &[&format!("{}:2: damaged line skipped", history.display())],
    );
    let (doc, _) = prep.json(&["list", "--status", "solved", "--json"]);
    assert_eq!(doc["problems"].as_array().unwrap().len(), 1);
    // A later submit appends without losing the damaged line.
    prep.says(&["submit", "two-sum"], 0, &[]);
    let text = std::fs::read_to_string(&history).unwrap();
    assert!(text.contains("garbage"));
    let (doc, _) = prep.json(&["history", "--json", "--limit", "1"]);
    assert_eq!(doc["attempts"].as_array().unwrap().len(), 1);
    // The snapshot of the submitted code is kept.
    let snapshots: Vec<_> = std::fs::read_dir(prep.home().join("snapshots"))
        .unwrap()
        .collect();
    assert_eq!(snapshots.len(), 2);
}

#[test]
fn verify_checks_references_against_their_folders() {
    let prep = Prep::new();
    let (doc, code) = prep.json(&["verify", "invert-binary-tree", "--json"]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["problems"][0]["ok"], true);
    // A local problem whose wrong_answer reference is in fact right fails verification.
    add_two_with_a_hidden_test(&prep, 1000, 256);
    prep.write(
        "problems/add-two/solutions/wrong_answer/not_wrong.py",
        "class Solution:\n    def add(self, a, b):\n        return a + b\n",
    );
    let (doc, code) = prep.json(&[
        "verify",
        "--dir",
        prep.home().join("problems").to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(code, 1);
    let failures = doc["problems"][0]["failures"].as_array().unwrap();
    assert!(
        failures[0]
            .as_str()
            .unwrap()
            .contains("expected wrong_answer, got accepted"),
        "{failures:?}"
    );
}

/// A reference that burns `ms` of CPU time per call, then adds.
fn burning(ms: u64) -> String {
    format!(
        "import time\n\nclass Solution:\n    def add(self, a, b):\n        t = time.process_time()\n        while time.process_time() - t < {}:\n            pass\n        return a + b\n",
        ms as f64 / 1000.0
    )
}

#[test]
fn verify_keeps_a_margin_of_two_on_time() {
    let prep = Prep::new();
    add_two_with_a_hidden_test(&prep, 200, 256);
    // 1.5 times the limit: out of time here, accepted on a machine twice as fast.
    prep.write(
        "problems/add-two/solutions/time_limit_exceeded/only_just.py",
        &burning(300),
    );
    prep.write(
        "problems/add-two/solutions/time_limit_exceeded/far_over.py",
        &burning(5000),
    );
    // 60% of the limit: accepted, with a note.
    prep.write("problems/add-two/solutions/accepted/slow.py", &burning(120));
    let dir = prep.home().join("problems");
    let (doc, code) = prep.json(&["verify", "--dir", dir.to_str().unwrap(), "--json"]);
    assert_eq!(code, 1, "{doc}");
    let failures = doc["problems"][0]["failures"].as_array().unwrap();
    assert_eq!(failures.len(), 1, "{failures:?}");
    let failure = failures[0].as_str().unwrap();
    assert!(
        failure.contains("only_just.py: expected time_limit_exceeded, got accepted")
            && failure.contains("2x the time limit"),
        "{failure}"
    );
    prep.says(
        &["verify", "--dir", dir.to_str().unwrap()],
        1,
        &[
            "solutions/accepted/slow.py: ",
            "of its 200 ms on",
            "less than 2x headroom",
        ],
    );
}

#[test]
fn bless_fills_expected_outputs() {
    let (prep, path) = add_two_problem();
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace(",\"output\":4294967294", "");
    std::fs::write(&path, text).unwrap();
    prep.says(
        &[
            "verify",
            "--dir",
            prep.home().join("problems").to_str().unwrap(),
        ],
        1,
        &["--bless"],
    );
    prep.says(
        &[
            "verify",
            "--bless",
            "--dir",
            prep.home().join("problems").to_str().unwrap(),
        ],
        0,
        &[],
    );
    let blessed: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(blessed["tests"][0]["output"], json!(4294967294_i64));
}

#[test]
fn parallel_verify_prints_in_catalogue_order_whatever_finishes_first() {
    let prep = Prep::new();
    add_two_with_a_hidden_test(&prep, 5000, 256);
    let home = prep.home();
    // Three copies; the first in order takes longest (a reference that burns 300 ms a case), so
    // with three jobs it finishes last.
    for slug in ["add-a", "add-b", "add-c"] {
        let text = std::fs::read_to_string(home.join("problems/add-two/problem.json"))
            .unwrap()
            .replace("\"add-two\"", &format!("\"{slug}\""));
        prep.write(&format!("problems/{slug}/problem.json"), &text);
        for file in [
            "statement.md",
            "solutions/accepted/plus.py",
            "solutions/brute_force/count_up.py",
        ] {
            let text = std::fs::read_to_string(home.join("problems/add-two").join(file)).unwrap();
            prep.write(&format!("problems/{slug}/{file}"), &text);
        }
    }
    std::fs::remove_dir_all(home.join("problems/add-two")).unwrap();
    prep.write("problems/add-a/solutions/accepted/slow.py", &burning(300));
    let dir = home.join("problems");
    let out = prep
        .cmd()
        .args(["verify", "--jobs", "3", "--dir", dir.to_str().unwrap()])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let at = |slug: &str| {
        text.find(&format!(" {slug} "))
            .unwrap_or_else(|| panic!("{text}"))
    };
    assert!(
        at("add-a") < at("add-b") && at("add-b") < at("add-c"),
        "{text}"
    );
    let (doc, code) = verify_local(&prep, &["--jobs", "2"]);
    assert_eq!(code, 0, "{doc}");
    let slugs: Vec<&str> = each(&doc["problems"])
        .map(|p| p["slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, ["add-a", "add-b", "add-c"]);
    prep.says(
        &["verify", "--jobs", "0", "--dir", dir.to_str().unwrap()],
        2,
        &[],
    );
}

/// `add-two` (1 s a case) and one more file in its folder, such as a reference.
fn add_two_and(file: &str, text: &str) -> Prep {
    let (prep, _) = add_two_problem();
    prep.write(&format!("problems/add-two/{file}"), text);
    prep
}

/// `add-two` (1 s a case), and the path of its problem.json.
fn add_two_problem() -> (Prep, std::path::PathBuf) {
    let prep = Prep::new();
    add_two_with_a_hidden_test(&prep, 1000, 256);
    let path = prep.home().join("problems/add-two/problem.json");
    (prep, path)
}

/// A workspace with `add-two` (`time_ms` a case) and this `solution.py` for it.
fn add_two_solved(time_ms: u64, solution: &str) -> Prep {
    let prep = Prep::new();
    add_two_with_a_hidden_test(&prep, time_ms, 256);
    prep.solution("add-two", "solution.py", solution);
    prep
}

/// `prep verify --dir` of this test's own problems fails with exactly these failures.
fn verify_fails(prep: &Prep, expected: &[&str]) {
    let (doc, code) = verify_local(prep, &[]);
    assert_eq!(code, 1, "{doc}");
    assert_eq!(failures(&doc), expected, "{doc}");
}

/// `prep verify --dir` on this test's own problems folder, as JSON.
fn verify_local(prep: &Prep, extra: &[&str]) -> (Value, i32) {
    let dir = prep.home().join("problems");
    let mut args = vec!["verify", "--dir", dir.to_str().unwrap(), "--json"];
    args.extend_from_slice(extra);
    prep.json(&args)
}

fn failures(doc: &Value) -> Vec<String> {
    each(&doc["problems"][0]["failures"])
        .map(|f| f.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn verify_requires_a_brute_force_or_a_reason_why_none_exists() {
    let prep = Prep::new();
    add_two_with_a_hidden_test(&prep, 1000, 256);
    let brute = prep.home().join("problems/add-two/solutions/brute_force");
    std::fs::remove_dir_all(&brute).unwrap();
    let (doc, code) = verify_local(&prep, &[]);
    assert_eq!(code, 1, "{doc}");
    assert!(
        failures(&doc)[0].contains("no brute-force reference in solutions/brute_force/"),
        "{doc}"
    );
    // An empty reason is no reason.
    prep.write("problems/add-two/solutions/brute_force/none.md", "\n");
    let (doc, code) = verify_local(&prep, &[]);
    assert_eq!(code, 1, "{doc}");
    assert!(failures(&doc)[0].contains("none.md is empty"), "{doc}");
    prep.write(
        "problems/add-two/solutions/brute_force/none.md",
        "Adding is already the simplest way to add.\n",
    );
    let (doc, code) = verify_local(&prep, &[]);
    assert_eq!(code, 0, "{doc}");
}

#[test]
fn a_wrong_small_output_fails_by_the_brute_force() {
    // The accepted reference is wrong on one example, and the stored output agrees with it
    // (as when it was blessed from it): only the brute force can tell.
    let prep = add_two_and(
        "solutions/accepted/plus.py",
        "class Solution:\n    def add(self, a, b):\n        return a + b + (a == -5)\n",
    );
    let path = prep.home().join("problems/add-two/problem.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let wrong = text.replace(
        r#"{"input":{"a":-5,"b":5},"output":0}"#,
        r#"{"input":{"a":-5,"b":5},"output":1}"#,
    );
    assert_ne!(text, wrong);
    std::fs::write(&path, wrong).unwrap();
    verify_fails(&prep, &["solutions/brute_force/count_up.py: disagrees with the stored output on example `example 2`: expected 1, found 0"]);
}

/// `sum-all`: the sum of an array, with two large generated cases (over 2 KiB of input,
/// beyond the brute force's small cases), expected outputs blessed from `accepted`.
fn sum_all(prep: &Prep, accepted: &str, brute_force: &str) {
    let problem = json!({
        "format_version": 1, "slug": "sum-all", "title": "Sum All", "difficulty": "easy",
        "topics": ["arrays"], "plan": {"order": 901},
        "signature": {"function": "sumAll", "params": [{"name": "nums", "type": "int[]"}], "returns": "long"},
        "checker": {"kind": "exact"},
        "limits": {"time_ms": 200, "memory_mb": 256},
        "complexity": {"time": "O(n)", "space": "O(1)"},
        "hints": ["Add them up."],
        "examples": [{"input": {"nums": [1, 2, 3]}, "output": 6}],
        "generated": [{"name": "large", "generator": "int_array",
                       "params": {"n": 3000, "lo": -1000, "hi": 1000}, "seed": 1, "count": 2}]
    });
    prep.write("problems/sum-all/problem.json", &problem.to_string());
    prep.write(
        "problems/sum-all/statement.md",
        "Return the sum of `nums`.\n",
    );
    prep.write("problems/sum-all/solutions/accepted/total.py", accepted);
    prep.write(
        "problems/sum-all/solutions/brute_force/one_by_one.py",
        brute_force,
    );
    let (doc, code) = prep.json(&[
        "verify",
        "--bless",
        "--dir",
        prep.home().join("problems").to_str().unwrap(),
        "--json",
    ]);
    assert!(code <= 1, "{doc}");
}

/// Right on small arrays, one too many on large ones.
const OFF_WHEN_LARGE: &str =
    "class Solution:\n    def sumAll(self, nums):\n        return sum(nums) + (len(nums) > 1000)\n";
const TOTAL: &str = "class Solution:\n    def sumAll(self, nums):\n        return sum(nums)\n";
const ONE_BY_ONE: &str = "class Solution:\n    def sumAll(self, nums):\n        total = 0\n        for x in nums:\n            total += x\n        return total\n";
/// A brute force too slow for large inputs, as most are.
const SLOW_WHEN_LARGE: &str = "class Solution:\n    def sumAll(self, nums):\n        while len(nums) > 1000:\n            pass\n        return sum(nums)\n";

#[test]
fn a_wrong_large_output_fails_by_the_cross_check() {
    let prep = Prep::new();
    // Blessed from a reference wrong on large inputs, with a brute force too slow to run them:
    // the large cases have one reference, the one that made their outputs.
    sum_all(&prep, OFF_WHEN_LARGE, SLOW_WHEN_LARGE);
    verify_fails(&prep, &["2 of 2 large cases confirmed by fewer than 2 references: generated `large #1` (by solutions/accepted/total.py); generated `large #2` (by solutions/accepted/total.py): add an accepted reference in another language or approach"]);
    // A second accepted reference, in JavaScript, written independently: it disagrees.
    prep.write(
        "problems/sum-all/solutions/accepted/total.js",
        "var sumAll = function(nums) {\n  return nums.reduce((a, b) => a + b, 0);\n};\n",
    );
    let (doc, code) = verify_local(&prep, &[]);
    assert_eq!(code, 1, "{doc}");
    let found = failures(&doc);
    assert!(
        found[0].starts_with("solutions/accepted/total.js: expected accepted, got wrong_answer on generated `large #1`"),
        "{doc}"
    );
    assert!(
        found[1].starts_with("2 of 2 large cases confirmed by fewer than 2 references"),
        "{doc}"
    );
    assert_eq!(found.len(), 2, "{doc}");
    // Without it, a brute force fast enough for large inputs is the second reference.
    std::fs::remove_file(
        prep.home()
            .join("problems/sum-all/solutions/accepted/total.js"),
    )
    .unwrap();
    prep.write(
        "problems/sum-all/solutions/brute_force/one_by_one.py",
        ONE_BY_ONE,
    );
    let (doc, code) = verify_local(&prep, &[]);
    assert_eq!(code, 1, "{doc}");
    assert!(
        failures(&doc)[0].starts_with("solutions/brute_force/one_by_one.py: disagrees with the stored output of large case generated `large #1`"),
        "{doc}"
    );
    // The reference mended and the outputs blessed again: every large case has two.
    sum_all(&prep, TOTAL, ONE_BY_ONE);
    let (doc, code) = verify_local(&prep, &[]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["problems"][0]["large_cases"], 2);
    assert_eq!(
        doc["problems"][0]["cross_checked_by"],
        json!([
            {"reference": "solutions/accepted/total.py", "cases": 2},
            {"reference": "solutions/brute_force/one_by_one.py", "cases": 2}
        ])
    );
}

#[test]
fn bless_keeps_hand_written_outputs_unless_forced() {
    let (prep, path) = add_two_problem();
    let text = std::fs::read_to_string(&path).unwrap();
    let hand_written = text.replace(
        r#"{"input":{"a":1,"b":2},"output":3}"#,
        r#"{"input":{"a":1,"b":2},"output":4}"#,
    );
    assert_ne!(text, hand_written);
    std::fs::write(&path, &hand_written).unwrap();
    let dir = prep.home().join("problems");
    prep.warns(
        &["verify", "--bless", "--dir", dir.to_str().unwrap()],
        2,
        &[
            path.to_str().unwrap(),
            "examples[0].output: stored 4, the accepted reference gives 3",
            "--force",
        ],
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), hand_written);
    prep.says(
        &[
            "verify",
            "--bless",
            "--force",
            "--dir",
            dir.to_str().unwrap(),
        ],
        0,
        &[],
    );
    let blessed: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(blessed["examples"][0]["output"], 3);
}

#[test]
fn strict_verify_fails_a_missing_toolchain() {
    let prep = add_two_and(
        "solutions/accepted/plus.js",
        "var add = function(a, b) {\n  return a + b;\n};\n",
    );
    // A PATH with Python alone: no node, javac, g++ or rustc.
    let bin = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(python_interpreter(), bin.path().join("python3")).unwrap();
    let dir = prep.home().join("problems");
    let verify = |strict: bool| {
        let mut cmd = prep.cmd();
        cmd.args(["verify", "--dir", dir.to_str().unwrap(), "--json"])
            .env("PATH", bin.path())
            .env("PREP_CACHE", bin.path().join("cache"));
        if strict {
            cmd.arg("--strict");
        }
        let out = cmd.output().unwrap();
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        (doc, out.status.code().unwrap())
    };
    let (doc, code) = verify(false);
    assert_eq!(code, 0, "{doc}");
    let (doc, code) = verify(true);
    assert_eq!(code, 1, "{doc}");
    let found = failures(&doc);
    assert!(
        found[0].starts_with("solutions/accepted/plus.js: not run: `node` was not found")
            && found[0].ends_with("(--strict: every language's references must run)"),
        "{doc}"
    );
    // Python's references ran (scaffolds are built only once every reference passes).
    assert_eq!(found.len(), 1, "{doc}");
}

/// The Python interpreter itself (not a shim that needs a shell on PATH).
fn python_interpreter() -> PathBuf {
    let out = std::process::Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .expect("python3 not on PATH: install it (apt-get install python3)");
    PathBuf::from(String::from_utf8(out.stdout).unwrap().trim())
}

#[test]
fn doctor_and_completions() {
    let prep = Prep::new();
    let (doc, code) = prep.json(&["doctor", "--json"]);
    assert_eq!(code, 0);
    let python = each(&doc["languages"])
        .find(|l| l["language"] == "python")
        .unwrap();
    assert_eq!(python["found"], true);
    assert_eq!(python["works"], true);
    assert!(python["version"].as_str().unwrap().starts_with("Python 3"));
    // Each protection the judge probes, by name, with whether it is on (a bool) and how, or
    // why not (whether each is on is checked on this machine by the sandbox's own tests).
    // Root needs no user namespace and ignores RLIMIT_NPROC, so neither is listed for it.
    let protections = doc["protections"].as_object().unwrap();
    let mut names: Vec<&str> = protections.keys().map(String::as_str).collect();
    names.sort_unstable();
    let root = nix::unistd::geteuid().is_root();
    let mut expected = vec![
        "cgroup_pids",
        "fresh_home",
        "memory_cgroup",
        "minimal_environment",
        "network_namespace",
        "no_new_privs",
        "pid_namespace",
        "process_group",
        "rlimits",
    ];
    if !root {
        expected.extend(["nproc_limit", "user_namespace"]);
        expected.sort_unstable();
    }
    #[cfg(target_os = "linux")]
    assert_eq!(names, expected);
    for (name, p) in protections {
        assert!(
            p["on"].is_boolean() && p["how"].as_str().is_some_and(|h| !h.is_empty()),
            "{name}: {p}"
        );
    }
    prep.says(&["completions", "bash"], 0, &["_prep"]);
    prep.says(&["--help"], 0, &["submit"]);
}

#[test]
fn a_missing_python_is_named() {
    let prep = Prep::new();
    prep.solution("two-sum", "solution.py", TWO_SUM);
    let empty = tempfile::tempdir().unwrap();
    expect(
        prep.cmd()
            .args(["test", "two-sum"])
            .env("PATH", empty.path())
            .env("PREP_CACHE", empty.path().join("cache")),
        2,
        &[],
        &["python3", "install"],
    );
}

/// The interpreter starts without site-packages for speed; a solution that imports from them
/// (LeetCode offers sortedcontainers) still runs. scripts/test installs sortedcontainers.
#[test]
fn site_packages_are_there_when_a_solution_imports_them() {
    prep::tools::need("sortedcontainers");
    let prep = add_two_solved(2000, "from fractions import Fraction\nfrom sortedcontainers import SortedList\nclass Solution:\n    def add(self, a, b):\n        return int(sum(SortedList([Fraction(a), Fraction(b)])))\n");
    let (doc, code) = prep.json(&["test", "add-two", "--json"]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["verdict"], "accepted");
}

#[test]
fn a_newer_problem_format_is_refused_by_its_version() {
    let (prep, path) = add_two_problem();
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "\"format_version\":1",
        "\"format_version\":2,\"new_field\":true",
    );
    std::fs::write(&path, text).unwrap();
    prep.warns(
        &["show", "add-two"],
        2,
        &["newer than this prep understands"],
    );
}

/// LeetCode's implicit imports: the modules and their names, with the modules winning
/// (`bisect.bisect_left` is common in LeetCode solutions).
#[test]
fn leetcode_implicit_imports_are_there() {
    let prep = add_two_solved(2000, "class Solution:\n    def add(self, a: int, b: int) -> int:\n        xs = sorted([a, b])\n        assert bisect.bisect_left(xs, xs[1]) == 1 and bisect_right(xs, xs[0]) >= 1\n        h = []\n        heappush(h, a)\n        c = Counter([a])\n        d = deque([b])\n        assert inf > 0 and gcd(6, 4) == 2 and list(accumulate([1, 2])) == [1, 3]\n        return reduce(operator.add, [h[0], d[0]]) + len(c) - 1 + len(string.digits) - 10 + len(re.findall('x', 'y'))\n");
    let (doc, code) = prep.json(&["test", "add-two", "--json"]);
    assert_eq!(code, 0, "{doc}");
}

#[test]
fn a_misspelt_generator_parameter_stops_every_command_that_loads_the_problem() {
    let (prep, path) = add_two_problem();
    let mut problem: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    // `int_values` takes `ranges` and `with`; `range` is a slip of the pen.
    problem["generated"] = json!([{
        "name": "large-operands", "generator": "int_values",
        "params": {"range": {"a": [0, 9], "b": [0, 9]}}, "seed": 1, "count": 2
    }]);
    std::fs::write(&path, problem.to_string()).unwrap();
    let file = path.display().to_string();
    let named = [
        &file[..],
        "generated[0].params",
        "`large-operands`",
        "unknown parameter `range`",
    ];
    prep.solution(
        "add-two",
        "solution.py",
        "class Solution:\n    def add(self, a, b):\n        return a + b\n",
    );
    for args in [
        &["show", "add-two"][..],
        &["test", "add-two"],
        &["submit", "add-two"],
        &["verify", "add-two"],
        &["solve", "add-two", "--no-watch"],
    ] {
        prep.warns(args, 2, &named);
    }
    // The list still shows the other problems and names the broken one.
    prep.warns(&["list"], 0, &named);
    // Spelt right, the same problem loads.
    problem["generated"][0]["params"] = json!({"ranges": {"a": [0, 9], "b": [0, 9]}});
    std::fs::write(&path, problem.to_string()).unwrap();
    prep.says(&["show", "add-two"], 0, &[]);
}

/// A validator is catalogue data: a name the judge has no code for stops the problem when it
/// loads, naming the file, the key and the validators there are.
#[test]
fn an_unknown_validator_is_refused_when_the_problem_loads() {
    let (prep, path) = add_two_problem();
    let mut problem: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    problem["checker"] = json!({"kind": "validator", "name": "topological_ordr"});
    std::fs::write(&path, problem.to_string()).unwrap();
    let file = path.display().to_string();
    let names = "topological_order, deep_copy, alien_order, longest_palindrome";
    let said = [
        &file[..],
        "checker.name",
        "no validator named `topological_ordr`",
        names,
    ];
    prep.warns(&["show", "add-two"], 2, &said);
}

/// With only python3 on PATH, doctor names each missing language with the command that
/// installs it on Debian/Ubuntu, Fedora, Arch and macOS, in text and in `--json`.
#[test]
fn doctor_says_how_to_install_each_missing_language() {
    let prep = Prep::new();
    let bin = tempfile::tempdir().unwrap();
    // The real interpreter, past any version manager's shim (which needs more on PATH).
    let real = std::process::Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .unwrap();
    let python = String::from_utf8(real.stdout).unwrap().trim().to_string();
    std::os::unix::fs::symlink(&python, bin.path().join("python3")).unwrap();
    let only_python = |cmd: &mut assert_cmd::Command| {
        cmd.env("PATH", bin.path())
            .env("PREP_CACHE", bin.path().join("cache"));
    };
    let mut cmd = prep.cmd();
    only_python(&mut cmd);
    let out = cmd.args(["doctor", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let language = |name: &str| {
        each(&doc["languages"])
            .find(|l| l["language"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(language("python")["works"], true);
    let java = language("java");
    assert_eq!(java["found"], false);
    assert_eq!(
        java["install"],
        json!({
            "debian": "sudo apt install default-jdk-headless",
            "fedora": "sudo dnf install java-21-openjdk-devel",
            "arch": "sudo pacman -S jdk-openjdk",
            "macos": "brew install openjdk",
        })
    );
    for name in ["java", "cpp", "rust", "javascript"] {
        let install = language(name)["install"].clone();
        assert_eq!(
            install.as_object().map(|o| o.len()),
            Some(4),
            "{name}: {install}"
        );
    }
    let mut cmd = prep.cmd();
    only_python(&mut cmd);
    expect(
        cmd.args(["doctor"]),
        0,
        &[
            "Debian/Ubuntu: sudo apt install g++",
            "macOS:         xcode-select --install",
            "Fedora:        sudo dnf install nodejs",
            "Arch:          sudo pacman -S rust",
        ],
        &[],
    );
}

/// An input rule the loader does not know, a misspelt key or name, is refused when the
/// problem loads, naming the file, the JSON path and the known ones.
#[test]
fn an_unknown_input_rule_is_refused_when_the_problem_loads() {
    let (prep, path) = add_two_problem();
    let original: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let cases = [
        (
            json!({"name": "a", "type": "int", "rnage": [0, 9]}),
            None,
            vec![
                "signature.params[0].rnage",
                "unknown rule `rnage`",
                "len, range, sum, chars",
            ],
        ),
        (
            json!({"name": "a", "type": "int", "chars": "a-z"}),
            None,
            vec![
                "signature.params[0].chars",
                "`chars` applies to strings and chars, not to int",
            ],
        ),
        (
            json!({"name": "a", "type": "int"}),
            Some(json!(["one_pair_summ(a, b)"])),
            vec![
                "signature.rules[0]",
                "no rule named `one_pair_summ`",
                "one_pair_sum",
            ],
        ),
    ];
    for (param, rules, parts) in cases {
        let mut problem = original.clone();
        problem["signature"]["params"][0] = param;
        if let Some(rules) = rules {
            problem["signature"]["rules"] = rules;
        }
        std::fs::write(&path, problem.to_string()).unwrap();
        let out = prep.cmd().args(["show", "add-two"]).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        for part in
            std::iter::once(path.display().to_string()).chain(parts.iter().map(|p| p.to_string()))
        {
            assert!(stderr.contains(&part), "{part:?} not in {stderr:?}");
        }
    }
}

/// An input that breaks its problem's rules fails verify, naming the case and the rule; the
/// same problem with rules its inputs meet verifies.
#[test]
fn verify_fails_an_input_that_breaks_the_rules() {
    let (prep, path) = add_two_problem();
    let original: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let dir = prep.home().join("problems");
    let verify = |range: Value| {
        let mut problem = original.clone();
        problem["signature"]["params"][0]["range"] = range;
        std::fs::write(&path, problem.to_string()).unwrap();
        prep.json(&["verify", "--dir", dir.to_str().unwrap(), "--json"])
    };
    // The hidden test `big` has a = 2^31 - 1.
    let (doc, code) = verify(json!([-1e9, 1e9]));
    assert_eq!(code, 1, "{doc}");
    let failures = doc["problems"][0]["failures"].as_array().unwrap();
    assert_eq!(
        failures,
        &[json!(
            "1 of 3 inputs break the input rules: test `big`: a: 2147483647 is over 10^9"
        )],
        "{doc}"
    );
    let (doc, code) = verify(json!([-2147483648_i64, 2147483647]));
    assert_eq!(code, 0, "{doc}");
}

/// A case of the user's that breaks the problem's constraints gets a warning naming the case
/// and the rule, and is judged all the same.
#[test]
fn an_own_case_that_breaks_the_constraints_is_warned_about_and_judged() {
    let prep = Prep::new();
    prep.solution("two-sum", "solution.py", TWO_SUM);
    prep.write(
        "solutions/two-sum/cases.json",
        r#"[{"name": "many", "input": {"nums": [1, 2, 2, 1], "target": 3}, "output": [0, 1]}, {"input": {"nums": [3, 3], "target": 6}}]"#,
    );
    let out = prep
        .cmd()
        .args(["test", "two-sum", "--json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.contains("warning:")).collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    for part in [
        "cases.json case `many`",
        "nums, target: 4 pairs add up to 3, not exactly one",
        "judged anyway",
    ] {
        assert!(warnings[0].contains(part), "{part:?} not in {stderr:?}");
    }
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let many = each(&doc["cases"]).find(|c| c["name"] == "many").unwrap();
    // Judged, not skipped: the solution ran on it.
    assert_eq!(many["actual"], json!([0, 1]), "{many}");
    assert_eq!(many["verdict"], "accepted", "{many}");
}

/// `prep debug` stops pdb at the first line of the user's method with the case's arguments
/// in scope, and leaves beside the solution a `debug.py` that runs the case by hand.
#[test]
fn debug_stops_in_the_method_with_the_cases_arguments() {
    let prep = Prep::new();
    let solution = prep.solution("two-sum", "solution.py", TWO_SUM);
    let catalog = prep::catalog::Catalog::load(None).unwrap();
    let example = &catalog.get("two-sum").unwrap().examples[1];
    let nums: Vec<String> = each(&example.input["nums"]).map(Value::to_string).collect();
    let shown = format!("([{}], {})", nums.join(", "), example.input["target"]);
    let out = prep
        .cmd()
        .args(["debug", "two-sum", "--case", "2"])
        .write_stdin("p nums, target\nc\nq\n")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}{out:?}");
    // Stopped in twoSum's body (line 3 of the file), before the first statement ran.
    assert!(text.contains("solution.py(3)twoSum()"), "{text}");
    assert!(text.contains(&shown), "no `{shown}` in {text}");
    let returned = text
        .lines()
        .find_map(|l| l.strip_prefix("returned: "))
        .unwrap_or_else(|| panic!("no answer in {text}"));
    let expected = text
        .lines()
        .find_map(|l| l.strip_prefix("expected: "))
        .unwrap();
    assert_eq!(returned, expected, "{text}");
    // The driver runs by hand.
    let folder = solution.parent().unwrap();
    let by_hand = std::process::Command::new("python3")
        .arg("debug.py")
        .current_dir(folder)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&by_hand.stdout);
    assert!(
        said.contains(&format!("returned: {returned}")),
        "{said}{by_hand:?}"
    );
    // A case that is not there: exit 2, naming the cases there are.
    prep.warns(
        &["debug", "two-sum", "--case", "99"],
        2,
        &["--case 99: there are"],
    );
}

/// `prep debug` of a C++ solution (two-sum's accepted reference) stops gdb at the method with
/// the case's arguments, runs the case to the judge's answer, and leaves beside the solution a
/// `debug.cpp` whose first lines say how to build and run it by hand.
#[test]
fn debug_stops_gdb_in_the_cpp_method_with_the_cases_arguments() {
    prep::tools::need("gdb");
    prep::tools::need("cpp");
    let prep = Prep::new();
    let reference = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("problems/arrays/two-sum/solutions/accepted/hash_map.cpp");
    let text = std::fs::read_to_string(&reference).unwrap();
    let solution = prep.solution("two-sum", "solution.cpp", &text);
    let catalog = prep::catalog::Catalog::load(None).unwrap();
    let example = &catalog.get("two-sum").unwrap().examples[1];
    let nums: Vec<String> = each(&example.input["nums"]).map(Value::to_string).collect();
    let args = ["debug", "two-sum", "--lang", "cpp", "--case", "2"];
    let ran = expect(
        prep.cmd()
            .args(args)
            .write_stdin("info args\ncontinue\nquit\n"),
        0,
        &[
            "Breakpoint 1, Solution::twoSum",
            &format!("= {{{}}}", nums.join(", ")),
            &format!("target = {}", example.input["target"]),
        ],
        &[],
    );
    let answer = |stderr: &str| -> String {
        let record = stderr.lines().find(|l| l.contains("\"ev\":\"done\""));
        let record: Value =
            serde_json::from_str(record.unwrap_or_else(|| panic!("{stderr}"))).unwrap();
        record["value"].to_string()
    };
    let returned = answer(&ran.stderr);
    assert!(
        ran.stderr.contains(&format!("expected: {returned}")),
        "{returned} is not what the case expects: {}",
        ran.stderr
    );
    // By hand, as its first lines say.
    let folder = solution.parent().unwrap();
    let driver = std::fs::read_to_string(folder.join("debug.cpp")).unwrap();
    let by_hand = driver
        .lines()
        .find_map(|l| l.strip_prefix("//   "))
        .unwrap_or_else(|| panic!("no command in {driver}"));
    std::fs::remove_file(folder.join("debug")).unwrap();
    let out = std::process::Command::new("sh")
        .args(["-c", by_hand])
        .current_dir(folder)
        .output()
        .unwrap();
    assert!(out.status.success(), "{by_hand}: {out:?}");
    assert_eq!(answer(&String::from_utf8_lossy(&out.stderr)), returned);
    assert_eq!(
        std::fs::read_to_string(&solution).unwrap(),
        text,
        "the solution is as it was"
    );
    // A solution that does not build: its compiler's message, exit 1, the file untouched.
    prep.solution("two-sum", "solution.cpp", "class Solution { int x = ; };\n");
    prep.says(&args, 1, &["does not build", "solution.cpp:1"]);
}
