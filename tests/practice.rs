//! The practice loop end to end: sessions and the clock (frozen with PREP_NOW), hints,
//! giving up, our reference, reset, comparing attempts, CSV export, mock interviews, stats
//! and what to practise next.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

struct Prep {
    home: tempfile::TempDir,
}

const TWO_SUM: &str = "class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
";

impl Prep {
    fn new() -> Prep {
        Prep {
            home: tempfile::tempdir().unwrap(),
        }
    }

    /// A command at a frozen instant.
    fn at(&self, now: &str) -> Command {
        let mut cmd = Command::cargo_bin("prep").unwrap();
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap())
            .env("HOME", self.home.path())
            .env("PREP_HOME", self.home.path())
            .env(
                "PREP_CACHE",
                Path::new(env!("CARGO_TARGET_TMPDIR")).join("prep-cache"),
            )
            .env("TZ", "UTC")
            .env("PREP_NOW", now)
            .timeout(std::time::Duration::from_secs(120));
        cmd
    }

    fn json(&self, now: &str, args: &[&str]) -> Value {
        let out = self.at(now).args(args).output().unwrap();
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)))
    }

    fn file(&self, slug: &str) -> PathBuf {
        self.home
            .path()
            .join("solutions")
            .join(slug)
            .join("solution.py")
    }
}

#[test]
fn a_timeboxed_session_survives_restarts_and_marks_over_time() {
    let prep = Prep::new();
    prep.at("2026-11-28T09:00:00Z")
        .args(["solve", "two-sum", "--no-watch"])
        .assert()
        .success();
    let s = prep.json("2026-11-28T09:12:00Z", &["session", "--json"]);
    assert_eq!(s["session"]["elapsed_s"], 720);
    assert_eq!(s["session"]["phase"], "solving");
    assert_eq!(s["session"]["timebox_s"], 1500);
    // Solving again resumes the same clock.
    prep.at("2026-11-28T09:21:00Z")
        .args(["solve", "two-sum", "--no-watch"])
        .assert()
        .success()
        .stdout(predicate::str::contains("21:00 used"));
    let s = prep.json("2026-11-28T09:21:00Z", &["session", "--json"]);
    assert_eq!(s["session"]["phase"], "testing");
    prep.at("2026-11-28T09:21:00Z")
        .args(["session"])
        .assert()
        .success()
        .stdout(predicate::str::contains("testing"));
    std::fs::write(prep.file("two-sum"), TWO_SUM).unwrap();
    let report = prep.json("2026-11-28T09:27:30Z", &["submit", "two-sum", "--json"]);
    assert_eq!(report["session"]["elapsed_s"], 1650);
    assert_eq!(report["session"]["over_time"], true);
    let h = prep.json("2026-11-28T09:30:00Z", &["history", "--json"]);
    assert_eq!(h["attempts"][0]["over_time"], true);
    assert_eq!(h["attempts"][0]["timebox_s"], 1500);
    // The accepted submit ended the session.
    let s = prep.json("2026-11-28T09:30:00Z", &["session", "--json"]);
    assert!(s["session"].is_null());
}

#[test]
fn per_run_and_per_difficulty_timeboxes() {
    let prep = Prep::new();
    std::fs::write(
        prep.home.path().join("config.toml"),
        "[timebox]\nmedium = 35\n",
    )
    .unwrap();
    prep.at("2026-11-28T09:00:00Z")
        .args(["solve", "min-stack", "--no-watch"])
        .assert()
        .success();
    assert_eq!(
        prep.json("2026-11-28T09:00:00Z", &["session", "--json"])["session"]["timebox_s"],
        2100
    );
    prep.at("2026-11-28T09:00:00Z")
        .args(["solve", "two-sum", "--no-watch", "--minutes", "10"])
        .assert()
        .success();
    assert_eq!(
        prep.json("2026-11-28T09:00:00Z", &["session", "--json"])["session"]["timebox_s"],
        600
    );
}

#[test]
fn hints_are_progressive_and_counted() {
    let prep = Prep::new();
    prep.at("2026-11-28T09:00:00Z")
        .args(["solve", "two-sum", "--no-watch"])
        .assert()
        .success();
    prep.at("2026-11-28T09:01:00Z")
        .args(["hint"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Hint 1 of"));
    prep.at("2026-11-28T09:02:00Z")
        .args(["hint", "two-sum"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Hint 2 of"));
    std::fs::write(prep.file("two-sum"), TWO_SUM).unwrap();
    prep.at("2026-11-28T09:05:00Z")
        .args(["test"])
        .assert()
        .success();
    prep.at("2026-11-28T09:06:00Z")
        .args(["submit"])
        .assert()
        .success();
    let h = prep.json("2026-11-28T09:07:00Z", &["history", "--json"]);
    assert_eq!(h["attempts"][0]["hints_used"], 2);
}

#[test]
fn giving_up_unlocks_the_reference_and_is_logged() {
    let prep = Prep::new();
    prep.at("2026-11-28T09:00:00Z")
        .args(["solution", "two-sum"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "once you have solved it or given it up",
        ));
    prep.at("2026-11-28T09:00:00Z")
        .args(["solve", "two-sum", "--no-watch"])
        .assert()
        .success();
    prep.at("2026-11-28T09:30:00Z")
        .args(["session", "--abandon"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Gave up two-sum after 30:00"));
    prep.at("2026-11-28T09:31:00Z")
        .args(["solution", "two-sum"])
        .assert()
        .success()
        .stdout(predicate::str::contains("class Solution"));
    let history = std::fs::read_to_string(prep.home.path().join("history.jsonl")).unwrap();
    assert!(history.contains("\"event\":\"abandon\""));
    prep.at("2026-11-28T09:31:00Z")
        .args(["session", "--abandon"])
        .assert()
        .code(2);
}

#[test]
fn reset_keeps_the_old_file_and_compare_diffs_two_attempts() {
    let prep = Prep::new();
    prep.at("2026-11-28T09:00:00Z")
        .args(["solve", "two-sum", "--no-watch"])
        .assert()
        .success();
    std::fs::write(
        prep.file("two-sum"),
        "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n",
    )
    .unwrap();
    prep.at("2026-11-28T09:05:00Z")
        .args(["submit", "two-sum"])
        .assert()
        .code(1);
    std::fs::write(prep.file("two-sum"), TWO_SUM).unwrap();
    prep.at("2026-11-28T09:10:00Z")
        .args(["submit", "two-sum"])
        .assert()
        .success();
    prep.at("2026-11-28T09:11:00Z")
        .args(["compare", "two-sum"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("-        return [0, 1]")
                .and(predicate::str::contains("+        seen = {}")),
        );
    prep.at("2026-11-28T09:12:00Z")
        .args(["reset", "two-sum"])
        .assert()
        .success();
    let backup = prep
        .home
        .path()
        .join("solutions/two-sum/solution.py.20261128-091200.bak");
    assert_eq!(std::fs::read_to_string(backup).unwrap(), TWO_SUM);
    assert!(std::fs::read_to_string(prep.file("two-sum"))
        .unwrap()
        .contains("pass"));
    let csv = prep
        .at("2026-11-28T09:13:00Z")
        .args(["history", "--export", "csv"])
        .output()
        .unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].starts_with("id,at,slug,language,topics,verdict"));
    assert!(lines[1].contains(",two-sum,python,arrays hashing,wrong_answer,"));
    assert!(lines[2].contains(",accepted,met,"));
}

#[test]
fn a_mock_interview_shares_one_clock_turns_hints_off_and_is_summarised() {
    let prep = Prep::new();
    prep.at("2026-11-28T09:00:00Z")
        .args([
            "mock",
            "--topic",
            "arrays",
            "--problems",
            "2",
            "--minutes",
            "45",
        ])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Mock interview").and(predicate::str::contains("hints off")),
        );
    let s = prep.json("2026-11-28T09:10:00Z", &["session", "--json"]);
    assert_eq!(s["session"]["mock"], true);
    assert_eq!(s["session"]["timebox_s"], 2700);
    let first = s["session"]["slug"].as_str().unwrap().to_string();
    prep.at("2026-11-28T09:10:00Z")
        .args(["hint"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("hints are off"));
    prep.at("2026-11-28T09:11:00Z")
        .args(["mock"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is running"));
    prep.at("2026-11-28T09:50:00Z")
        .args(["mock", "--end"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Mock interview over")
                .and(predicate::str::contains(first.as_str())),
        );
    let history = std::fs::read_to_string(prep.home.path().join("history.jsonl")).unwrap();
    let mock: Value = serde_json::from_str(history.lines().last().unwrap()).unwrap();
    assert_eq!(mock["event"], "mock");
    assert_eq!(mock["elapsed_s"], 3000);
    assert_eq!(mock["problems"].as_array().unwrap().len(), 2);
}

#[test]
fn stats_and_next_follow_the_history() {
    let prep = Prep::new();
    let empty = prep.json("2026-11-28T09:00:00Z", &["stats", "--json"]);
    assert_eq!(empty["streak"]["current"], 0);
    assert!(empty["topics"].as_array().unwrap().len() > 3);
    assert_eq!(empty["weak_areas"].as_array().unwrap().len(), 3);
    prep.at("2026-11-28T09:00:00Z")
        .args(["stats"])
        .assert()
        .success();
    // Two days in a row: a streak of two.
    std::fs::create_dir_all(prep.file("two-sum").parent().unwrap()).unwrap();
    std::fs::write(
        prep.file("two-sum"),
        "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n",
    )
    .unwrap();
    prep.at("2026-11-27T20:00:00Z")
        .args(["submit", "two-sum"])
        .assert()
        .code(1);
    std::fs::write(prep.file("two-sum"), TWO_SUM).unwrap();
    prep.at("2026-11-28T08:00:00Z")
        .args(["submit", "two-sum"])
        .assert()
        .success();
    let stats = prep.json("2026-11-28T09:00:00Z", &["stats", "--json"]);
    assert_eq!(stats["streak"]["current"], 2);
    assert_eq!(stats["streak"]["longest"], 2);
    let arrays = stats["topics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["topic"] == "arrays")
        .unwrap()
        .clone();
    assert_eq!(arrays["solved"], 1);
    assert_eq!(arrays["first_try_rate"], 0.0);
    let next = prep.json("2026-11-28T09:00:00Z", &["next", "--json"]);
    let items = next["items"].as_array().unwrap();
    assert!(!items.is_empty());
    assert!(items
        .iter()
        .all(|i| i["slug"].is_string() && i["reason"].is_string()));
    // Solved and not due: not proposed now.
    assert!(!items.iter().any(|i| i["slug"] == "two-sum"), "{items:?}");
    // Weeks later the review is due and comes first.
    let later = prep.json("2027-03-01T09:00:00Z", &["next", "--json"]);
    assert_eq!(later["items"][0]["slug"], "two-sum");
    prep.at("2026-11-28T09:00:00Z")
        .args(["next"])
        .assert()
        .success()
        .stdout(predicate::str::contains("prep solve"));
}
