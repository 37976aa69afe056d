//! The complexity probe on real processes: solutions of known classes (tests/fixtures/
//! complexity/<slug>/<name>.py), each measured by `prep complexity --json`. These are
//! measurements on a shared machine: the class is asserted, with the tolerance the probe
//! claims (a neighbour of the same polynomial degree: O(n) for O(n log n), O(1) for
//! O(log n)), never a time.

mod common;

use std::path::{Path, PathBuf};

use common::Prep;

/// (problem, fixture, the class the solution has).
const KNOWN: &[(&str, &str, &str)] = &[
    ("two-sum", "hash", "O(n)"),
    ("two-sum", "nested", "O(n^2)"),
    ("contains-duplicate", "set", "O(n)"),
    ("contains-duplicate", "sort", "O(n log n)"),
    ("contains-duplicate", "nested", "O(n^2)"),
    ("daily-temperatures", "stack", "O(n)"),
    ("daily-temperatures", "scan", "O(n^2)"),
    ("binary-search", "bisect", "O(log n)"),
    ("binary-search", "scan", "O(n)"),
    ("find-minimum-in-rotated-sorted-array", "bisect", "O(log n)"),
    ("find-minimum-in-rotated-sorted-array", "scan", "O(n)"),
    ("valid-anagram", "count", "O(n)"),
    ("valid-anagram", "sort", "O(n log n)"),
    ("longest-consecutive-sequence", "set", "O(n)"),
    ("longest-consecutive-sequence", "sort", "O(n log n)"),
    ("maximum-subarray", "kadane", "O(n)"),
    ("maximum-subarray", "all_starts", "O(n^2)"),
    ("best-time-to-buy-and-sell-stock", "one_pass", "O(n)"),
    ("best-time-to-buy-and-sell-stock", "pairs", "O(n^2)"),
    ("product-of-array-except-self", "prefix", "O(n)"),
    ("product-of-array-except-self", "each", "O(n^2)"),
    ("number-of-islands", "bfs", "O(n)"),
    ("house-robber", "memo", "O(n)"),
    ("house-robber", "plain", "O(2^n)"),
    ("min-stack", "pairs", "O(n)"),
    ("min-stack", "scan", "O(n^2)"),
];

/// The polynomial degree of a class name (log factors aside).
fn degree(class: &str) -> u32 {
    match class {
        "O(1)" | "O(log n)" => 0,
        "O(n)" | "O(n log n)" => 1,
        "O(n^2)" => 2,
        "O(n^3)" => 3,
        "O(2^n)" => 9,
        other => panic!("not a class: {other}"),
    }
}

fn fixture(slug: &str, name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/complexity")
        .join(slug)
        .join(format!("{name}.py"))
}

#[test]
fn the_probe_names_known_classes() {
    let prep = Prep::new();
    let mut hits = 0;
    let mut report = String::new();
    for (slug, name, known) in KNOWN {
        let (doc, code) = prep.on_file("complexity", slug, &fixture(slug, name));
        assert_eq!(code, 0, "{slug}/{name}: {doc}");
        assert_eq!(doc["slug"], *slug);
        assert_eq!(doc["language"], "python");
        assert_eq!(doc["timing"], "call");
        let sizes = doc["sizes"].as_array().unwrap();
        assert_eq!(sizes.len(), doc["cpu_ms"].as_array().unwrap().len());
        let measured = doc["time_class"].as_str().unwrap_or("none");
        let hit = measured != "none" && degree(measured) == degree(known);
        hits += usize::from(hit);
        report.push_str(&format!(
            "{} {slug}/{name}: known {known}, measured {measured} (fit {})\n",
            if hit { "ok  " } else { "MISS" },
            doc["time_fit"]
        ));
    }
    eprintln!("{report}{hits}/{} named", KNOWN.len());
    // The bar: at least 90% named right (or a same-degree neighbour).
    assert!(hits * 10 >= KNOWN.len() * 9, "{report}");
}

#[test]
fn the_document_says_whether_the_target_is_met() {
    let prep = Prep::new();
    let probe = |name| {
        prep.on_file(
            "complexity",
            "daily-temperatures",
            &fixture("daily-temperatures", name),
        )
    };
    let (fast, code) = probe("stack");
    assert_eq!(code, 0);
    assert_eq!(fast["target"], "O(n)");
    assert_eq!(fast["meets_target"], true, "{fast}");
    let (slow, _) = probe("scan");
    assert_eq!(slow["meets_target"], false, "{slow}");
}

#[test]
fn a_solution_that_fails_while_probed_exits_1() {
    let text = "class Solution:\n    def dailyTemperatures(self, temperatures):\n        \
                if len(temperatures) > 5000:\n            raise ValueError('too long')\n        \
                return [0] * len(temperatures)\n";
    let prep = Prep::new();
    let file = prep.solution("daily-temperatures", "solution.py", text);
    let (doc, code) = prep.on_file("complexity", "daily-temperatures", &file);
    assert_eq!(code, 1, "{doc}");
    assert!(doc["failure"]["message"]
        .as_str()
        .unwrap()
        .contains("too long"));
    assert_eq!(doc["time_class"], serde_json::Value::Null);
}

#[test]
fn a_problem_without_a_growing_generator_cannot_be_probed() {
    let prep = Prep::new();
    let text = "class Solution:\n    def climbStairs(self, n):\n        return n\n";
    let file = prep.solution("climbing-stairs", "solution.py", text);
    let args = [
        "complexity",
        "climbing-stairs",
        "--file",
        file.to_str().unwrap(),
    ];
    prep.warns(&args, 2, &["nothing to measure"]);
}

#[test]
fn an_accepted_submit_shows_the_probe_line_and_logs_the_class() {
    let prep = Prep::new();
    let file = fixture("daily-temperatures", "stack");
    let submit = [
        "submit",
        "daily-temperatures",
        "--file",
        file.to_str().unwrap(),
    ];
    let needles = [
        "your solution: time grows like O(n",
        "time for x",
        "; target O(n)",
    ];
    prep.says(&submit, 0, &needles);
    let history = std::fs::read_to_string(prep.home().join("history.jsonl")).unwrap();
    assert!(
        history.contains("\"complexity\":{\"time_class\":\"O(n"),
        "{history}"
    );
    let quiet = prep.says(&[&submit[..], &["--no-probe"]].concat(), 0, &[]);
    assert!(!quiet.stdout.contains("your solution:"));
}
