//! The practice loop end to end: sessions and the clock (frozen with PREP_NOW), hints,
//! giving up, our reference, reset, comparing attempts, CSV export, mock interviews, stats
//! and what to practise next.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

use common::each;

struct Prep {
    home: tempfile::TempDir,
}

/// An accepted two-sum: one pass with a map from value to index.
const TWO_SUM: &str = include_str!("fixtures/complexity/two-sum/hash.py");

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
    prep.solve("2026-11-28T09:00:00Z", "two-sum");
    let s = prep.json("2026-11-28T09:12:00Z", &["session", "--json"]);
    assert_eq!(s["session"]["elapsed_s"], 720);
    assert_eq!(s["session"]["phase"], "solving");
    assert_eq!(s["session"]["timebox_s"], 1500);
    // Solving again resumes the same clock.
    prep.says(
        "2026-11-28T09:21:00Z",
        &["solve", "two-sum", "--no-watch"],
        0,
        &["21:00 used"],
    );
    let s = prep.json("2026-11-28T09:21:00Z", &["session", "--json"]);
    assert_eq!(s["session"]["phase"], "testing");
    prep.says("2026-11-28T09:21:00Z", &["session"], 0, &["testing"]);
    prep.put("two-sum", TWO_SUM);
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
    prep.config("[timebox]\nmedium = 35\n");
    prep.solve("2026-11-28T09:00:00Z", "min-stack");
    assert_eq!(
        prep.json("2026-11-28T09:00:00Z", &["session", "--json"])["session"]["timebox_s"],
        2100
    );
    prep.run(
        "2026-11-28T09:00:00Z",
        &["solve", "two-sum", "--no-watch", "--minutes", "10"],
        0,
    );
    assert_eq!(
        prep.json("2026-11-28T09:00:00Z", &["session", "--json"])["session"]["timebox_s"],
        600
    );
}

#[test]
fn hints_are_progressive_and_counted() {
    let prep = Prep::new();
    prep.solve("2026-11-28T09:00:00Z", "two-sum");
    prep.says("2026-11-28T09:01:00Z", &["hint"], 0, &["Hint 1 of"]);
    prep.says(
        "2026-11-28T09:02:00Z",
        &["hint", "two-sum"],
        0,
        &["Hint 2 of"],
    );
    prep.put("two-sum", TWO_SUM);
    prep.run("2026-11-28T09:05:00Z", &["test"], 0);
    prep.run("2026-11-28T09:06:00Z", &["submit"], 0);
    let h = prep.json("2026-11-28T09:07:00Z", &["history", "--json"]);
    assert_eq!(h["attempts"][0]["hints_used"], 2);
}

#[test]
fn giving_up_unlocks_the_reference_and_is_logged() {
    let prep = Prep::new();
    prep.complains(
        "2026-11-28T09:00:00Z",
        &["solution", "two-sum"],
        2,
        &["once you have solved it or given it up"],
    );
    prep.solve("2026-11-28T09:00:00Z", "two-sum");
    prep.says(
        "2026-11-28T09:30:00Z",
        &["session", "--abandon"],
        0,
        &["Gave up two-sum after 30:00"],
    );
    prep.says(
        "2026-11-28T09:31:00Z",
        &["solution", "two-sum"],
        0,
        &["class Solution"],
    );
    let history = std::fs::read_to_string(prep.home.path().join("history.jsonl")).unwrap();
    assert!(history.contains("\"event\":\"abandon\""));
    prep.run("2026-11-28T09:31:00Z", &["session", "--abandon"], 2);
}

#[test]
fn reset_keeps_the_old_file_and_compare_diffs_two_attempts() {
    let prep = Prep::new();
    prep.solve("2026-11-28T09:00:00Z", "two-sum");
    prep.wrong_then_right("2026-11-28T09:05:00Z", "2026-11-28T09:10:00Z");
    prep.says(
        "2026-11-28T09:11:00Z",
        &["compare", "two-sum"],
        0,
        &["-        return [0, 1]", "+        seen = {}"],
    );
    prep.run("2026-11-28T09:12:00Z", &["reset", "two-sum"], 0);
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
    prep.says(
        "2026-11-28T09:00:00Z",
        &[
            "mock",
            "--topic",
            "arrays",
            "--problems",
            "2",
            "--minutes",
            "45",
        ],
        0,
        &["Mock interview", "hints off"],
    );
    let s = prep.json("2026-11-28T09:10:00Z", &["session", "--json"]);
    assert_eq!(s["session"]["mock"], true);
    assert_eq!(s["session"]["timebox_s"], 2700);
    let first = s["session"]["slug"].as_str().unwrap().to_string();
    prep.complains("2026-11-28T09:10:00Z", &["hint"], 2, &["hints are off"]);
    prep.complains("2026-11-28T09:11:00Z", &["mock"], 2, &["is running"]);
    prep.says(
        "2026-11-28T09:50:00Z",
        &["mock", "--end"],
        0,
        &["Mock interview over", first.as_str()],
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
    // No attempt is no evidence of trouble: every topic is "not started", none weak.
    assert_eq!(empty["weak_areas"].as_array().unwrap().len(), 0);
    assert!(empty["not_started"].as_array().unwrap().len() > 3);
    prep.run("2026-11-28T09:00:00Z", &["stats"], 0);
    // Two days in a row: a streak of two.
    prep.wrong_then_right("2026-11-27T20:00:00Z", "2026-11-28T08:00:00Z");
    let stats = prep.json("2026-11-28T09:00:00Z", &["stats", "--json"]);
    assert_eq!(stats["streak"]["current"], 2);
    assert_eq!(stats["streak"]["longest"], 2);
    let arrays = topic_row(&stats, "arrays");
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
    prep.says("2026-11-28T09:00:00Z", &["next"], 0, &["prep solve"]);
}

/// An accepted reference shipped with the catalogue, as a user's solution.
/// The row of `stats --json`'s topic table for `name`.
fn topic_row(stats: &Value, name: &str) -> Value {
    each(&stats["topics"])
        .find(|t| t["topic"] == name)
        .unwrap_or_else(|| panic!("no topic {name} in {stats}"))
        .clone()
}

fn reference(path: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("problems")
            .join(path),
    )
    .unwrap()
}

impl Prep {
    /// Runs `args` at `now`; asserts the exit code; returns stdout.
    fn run(&self, now: &str, args: &[&str], code: i32) -> String {
        let out = self.at(now).args(args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?} at {now}\nstdout: {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs `args` at `now`; asserts the exit code and that stdout has each of `needles`.
    fn says(&self, now: &str, args: &[&str], code: i32, needles: &[&str]) -> String {
        let out = self.run(now, args, code);
        for needle in needles {
            assert!(out.contains(needle), "{args:?}: no `{needle}` in\n{out}");
        }
        out
    }

    /// Runs `args` at `now`; asserts the exit code and that stderr has each of `needles`.
    fn complains(&self, now: &str, args: &[&str], code: i32, needles: &[&str]) {
        let out = self.at(now).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?} at {now}\nstderr: {err}"
        );
        for needle in needles {
            assert!(err.contains(needle), "{args:?}: no `{needle}` in\n{err}");
        }
    }

    /// Starts a mock at `now` with `args` (after `mock`), checks at `hint_at` that hints are
    /// off for its last problem, and returns its problems' slugs.
    fn mock(&self, now: &str, args: &[&str], hint_at: &str) -> Vec<String> {
        let args: Vec<&str> = ["mock"].into_iter().chain(args.iter().copied()).collect();
        let mock = self.json(now, &[args.as_slice(), &["--json"]].concat());
        let slugs: Vec<String> = each(&mock["problems"])
            .map(|s| s.as_str().unwrap().to_string())
            .collect();
        self.complains(
            hint_at,
            &["hint", slugs.last().unwrap()],
            2,
            &["hints are off"],
        );
        slugs
    }

    /// Writes the user's config.toml.
    fn config(&self, text: &str) {
        std::fs::write(self.home.path().join("config.toml"), text).unwrap();
    }

    /// Submits a wrong two-sum at `wrong`, then a right one at `right`.
    fn wrong_then_right(&self, wrong: &str, right: &str) {
        self.put("two-sum", TWO_SUM_WRONG);
        self.run(wrong, &["submit", "two-sum"], 1);
        self.put("two-sum", TWO_SUM);
        self.run(right, &["submit", "two-sum"], 0);
    }

    /// `prep solve SLUG --no-watch` at `now`, which must succeed.
    fn solve(&self, now: &str, slug: &str) -> String {
        self.run(now, &["solve", slug, "--no-watch"], 0)
    }

    fn put(&self, slug: &str, text: &str) {
        std::fs::create_dir_all(self.file(slug).parent().unwrap()).unwrap();
        std::fs::write(self.file(slug), text).unwrap();
    }
}

const TWO_SUM_WRONG: &str =
    "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n";
const ANAGRAM_WRONG: &str =
    "class Solution:\n    def isAnagram(self, s, t):\n        return True\n";

/// Two weeks of practice, Monday 2026-11-02 to Sunday 2026-11-15, all in UTC. Every figure
/// asserted at the end is computed by hand beside it from this diary:
///
/// | day          | what happened                                                         |
/// |--------------|-----------------------------------------------------------------------|
/// | Mon 11-02    | two-sum: wrong answer 09:10, accepted 09:20 (20:00 of 25:00)          |
/// | Tue 11-03    | valid-anagram: wrong answer 09:10 and 09:15, its session left running |
/// | Wed 11-04    | contains-duplicate started 09:00: the valid-anagram session (24 hours |
/// |              | old) is logged as given up; dropped at 09:12 for group-anagrams       |
/// |              | group-anagrams: one hint, accepted 09:45 (33:00, over time)           |
/// | Thu 11-05    | nothing                                                               |
/// | Fri 11-06    | valid-anagram accepted 09:20 (20:00)                                  |
/// | Sat 11-07    | a one-problem strings mock 10:00, given up 10:20                      |
/// | Sun 11-08    | nothing                                                               |
/// | Mon 11-09    | two-sum review from a fresh scaffold, accepted 09:05 (5:00)           |
/// | Tue-Fri      | nothing                                                               |
/// | Sat 11-14    | contains-duplicate: wrong answer at 23:40                             |
/// | Sun 11-15    | the checks, at 20:00                                                  |
#[test]
fn two_weeks_of_practice_add_up_as_a_person_would_count_them() {
    let prep = Prep::new();
    let end = "2026-11-15T20:00:00Z";

    // Mon 11-02.
    prep.solve("2026-11-02T09:00:00Z", "two-sum");
    prep.put("two-sum", TWO_SUM_WRONG);
    prep.run("2026-11-02T09:10:00Z", &["submit"], 1);
    prep.put("two-sum", TWO_SUM);
    prep.run("2026-11-02T09:20:00Z", &["submit"], 0);

    // Tue 11-03.
    prep.solve("2026-11-03T09:00:00Z", "valid-anagram");
    prep.put("valid-anagram", ANAGRAM_WRONG);
    prep.run("2026-11-03T09:10:00Z", &["submit"], 1);
    prep.run("2026-11-03T09:15:00Z", &["submit"], 1);

    // Wed 11-04: starting a problem logs the one left running as given up, twice.
    let switched = prep.solve("2026-11-04T09:00:00Z", "contains-duplicate");
    assert!(
        switched.contains("your valid-anagram session (1440:00 used) is logged as given up"),
        "{switched}"
    );
    let switched = prep.solve("2026-11-04T09:12:00Z", "group-anagrams");
    assert!(
        switched.contains("your contains-duplicate session (12:00 used) is logged as given up"),
        "{switched}"
    );
    prep.run("2026-11-04T09:15:00Z", &["hint"], 0);
    prep.put(
        "group-anagrams",
        &reference("arrays/group-anagrams/solutions/accepted/sorted_key.py"),
    );
    prep.run("2026-11-04T09:45:00Z", &["submit"], 0);

    // Fri 11-06: `next` first, as a user would start the day.
    let next = prep.json("2026-11-06T08:00:00Z", &["next", "--json"]);
    let due: Vec<(&str, &str)> = each(&next["items"])
        .take(4)
        .map(|i| (i["slug"].as_str().unwrap(), i["reason"].as_str().unwrap()))
        .collect();
    // Due on 11-05, in the order of their last attempt's hour: valid-anagram (given up 11-04
    // 09:00: Again, the next day), contains-duplicate (given up 09:12: the next day), two-sum
    // (a first Good on 11-02: three days). Then group-anagrams, a first Hard on 11-04: two
    // days, due today (the first intervals: Again 1, Hard 2, Good 3 days).
    assert_eq!(
        due,
        [
            (
                "valid-anagram",
                "review due since 1 day (last: gave up on 2026-11-04)"
            ),
            (
                "contains-duplicate",
                "review due since 1 day (last: gave up on 2026-11-04)"
            ),
            (
                "two-sum",
                "review due since 1 day (last: accepted on 2026-11-02)"
            ),
            (
                "group-anagrams",
                "review due today (last: accepted over time with 1 hint on 2026-11-04)"
            ),
        ]
    );
    prep.solve("2026-11-06T09:00:00Z", "valid-anagram");
    prep.put(
        "valid-anagram",
        &reference("arrays/valid-anagram/solutions/accepted/count_map.py"),
    );
    prep.run("2026-11-06T09:20:00Z", &["submit"], 0);

    // Sat 11-07: a mock on strings; hints are off; giving up ends it (its only problem).
    let mock_slug = prep
        .mock(
            "2026-11-07T10:00:00Z",
            &["--topic", "strings", "--problems", "1", "--minutes", "30"],
            "2026-11-07T10:05:00Z",
        )
        .remove(0);
    prep.says(
        "2026-11-07T10:20:00Z",
        &["session", "--abandon"],
        0,
        &["Mock interview over", "Gave up"],
    );

    // Mon 11-09: a review starts from a fresh scaffold; the solved file is kept.
    let review = prep.solve("2026-11-09T09:00:00Z", "two-sum");
    assert!(
        review.contains("A review starts from a fresh scaffold"),
        "{review}"
    );
    let backup = prep
        .home
        .path()
        .join("solutions/two-sum/solution.py.20261109-090000.bak");
    assert_eq!(std::fs::read_to_string(backup).unwrap(), TWO_SUM);
    assert!(!std::fs::read_to_string(prep.file("two-sum"))
        .unwrap()
        .contains("seen"));
    prep.put("two-sum", TWO_SUM);
    prep.run("2026-11-09T09:05:00Z", &["submit"], 0);

    // Sat 11-14, late.
    prep.solve("2026-11-14T23:30:00Z", "contains-duplicate");
    prep.put(
        "contains-duplicate",
        "class Solution:\n    def containsDuplicate(self, nums):\n        return False\n",
    );
    prep.run("2026-11-14T23:40:00Z", &["submit"], 1);

    // The history, oldest first: 11 entries (8 submits, 3 give-ups).
    let history = prep.json(end, &["history", "--json"]);
    let rows: Vec<(String, String, String)> = each(&history["attempts"])
        .map(|a| {
            (
                a["at"].as_str().unwrap().to_string(),
                a["slug"].as_str().unwrap().to_string(),
                a["verdict"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected: Vec<(String, String, String)> = [
        ("2026-11-02T09:10:00+00:00", "two-sum", "wrong_answer"),
        ("2026-11-02T09:20:00+00:00", "two-sum", "accepted"),
        ("2026-11-03T09:10:00+00:00", "valid-anagram", "wrong_answer"),
        ("2026-11-03T09:15:00+00:00", "valid-anagram", "wrong_answer"),
        ("2026-11-04T09:00:00+00:00", "valid-anagram", "gave_up"),
        ("2026-11-04T09:12:00+00:00", "contains-duplicate", "gave_up"),
        ("2026-11-04T09:45:00+00:00", "group-anagrams", "accepted"),
        ("2026-11-06T09:20:00+00:00", "valid-anagram", "accepted"),
        ("2026-11-07T10:20:00+00:00", mock_slug.as_str(), "gave_up"),
        ("2026-11-09T09:05:00+00:00", "two-sum", "accepted"),
        (
            "2026-11-14T23:40:00+00:00",
            "contains-duplicate",
            "wrong_answer",
        ),
    ]
    .iter()
    .map(|(a, b, c)| ((*a).to_string(), (*b).to_string(), (*c).to_string()))
    .collect();
    assert_eq!(rows, expected);
    let a = &history["attempts"];
    // group-anagrams: 09:12 to 09:45 is 33:00 of 25:00, over time, with the one hint.
    assert_eq!(
        (&a[6]["elapsed_s"], &a[6]["over_time"], &a[6]["hints_used"]),
        (&Value::from(1980), &Value::from(true), &Value::from(1))
    );
    // valid-anagram's session ran 24 hours; contains-duplicate was dropped after 12 minutes.
    assert_eq!(a[4]["elapsed_s"], 86_400);
    assert_eq!(a[5]["elapsed_s"], 720);
    let text = prep.run(end, &["history"], 0);
    assert_eq!(text.matches("Gave up").count(), 3, "{text}");

    // The heat map: one square per day with practice, counting submits and give-ups.
    let stats = prep.json(end, &["stats", "--json"]);
    let days: Vec<(&str, u64, u64)> = each(&stats["days"])
        .map(|d| {
            (
                d["date"].as_str().unwrap(),
                d["attempts"].as_u64().unwrap(),
                d["solved"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        days,
        [
            ("2026-11-02", 2, 1), // WA + AC
            ("2026-11-03", 2, 0), // WA, WA
            ("2026-11-04", 3, 1), // two give-ups (the switches) + AC
            ("2026-11-06", 1, 1),
            ("2026-11-07", 1, 0), // the mock's give-up
            ("2026-11-09", 1, 1),
            ("2026-11-14", 1, 0), // 23:40 is still the 14th
        ]
    );
    // Streak: days with a submit are 02, 03, 04, 06, 09, 14 (the 7th had only a give-up).
    // Longest run 02-04 = 3; today (15th) has none yet, yesterday (14th) has one: 1.
    assert_eq!(stats["streak"]["current"], 1);
    assert_eq!(stats["streak"]["longest"], 3);
    // hashing holds two-sum, valid-anagram, contains-duplicate, group-anagrams (and maybe
    // the mock's problem). Solved: two-sum, valid-anagram, group-anagrams = 3. Accepted
    // times 1200 (two-sum), 1980 (group-anagrams), 1200 (valid-anagram), 300 (two-sum
    // again): sorted 300, 1200, 1200, 1980, median (1200 + 1200) / 2 = 1200; one of four
    // over time = 0.25.
    let hashing = topic_row(&stats, "hashing");
    assert_eq!(hashing["solved"], 3);
    assert_eq!(hashing["median_s"], 1200);
    assert_eq!(hashing["over_time_rate"], 0.25);
    // Weak areas need evidence: never-tried topics (heap, graphs) are "not started", and
    // strings, failed twice, given up in the mock, solved once over time with a hint, is weak.
    let weak: Vec<&str> = each(&stats["weak_areas"])
        .map(|w| w["topic"].as_str().unwrap())
        .collect();
    assert!(weak.contains(&"strings"), "{weak:?}");
    let not_started: Vec<&str> = each(&stats["not_started"])
        .map(|t| t.as_str().unwrap())
        .collect();
    assert!(not_started.contains(&"heap") && not_started.contains(&"graphs"));
    assert!(weak.iter().all(|w| !not_started.contains(w)));

    // list: the statuses by hand.
    let list = prep.json(end, &["list", "--json"]);
    let status =
        |slug: &str| each(&list["problems"]).find(|p| p["slug"] == slug).unwrap()["status"].clone();
    assert_eq!(status("two-sum"), "solved");
    assert_eq!(status("contains-duplicate"), "attempted");
    assert_eq!(status(&mock_slug), "attempted");

    // next at 20:00 on the 15th, reviews first, oldest due day first:
    // - group-anagrams: its first Hard (11-04) was due 11-06 and never reviewed: 9 days;
    // - the mock's problem: given up 11-07, due 11-08: 7 days;
    // - contains-duplicate: failed 11-14 at 23:40, due on the calendar day after: today.
    // two-sum (Good, then Easy on 11-09) is weeks away; valid-anagram is checked apart.
    let next = prep.json(end, &["next", "--json", "--count", "10"]);
    let items: Vec<(&str, &str)> = each(&next["items"])
        .map(|i| (i["slug"].as_str().unwrap(), i["reason"].as_str().unwrap()))
        .collect();
    let reviews: Vec<&(&str, &str)> = items
        .iter()
        .filter(|(_, r)| r.starts_with("review"))
        .collect();
    let position = |slug: &str| reviews.iter().position(|(s, _)| *s == slug);
    assert_eq!(
        reviews[0],
        &(
            "group-anagrams",
            "review due since 9 days (last: accepted over time with 1 hint on 2026-11-04)"
        )
    );
    assert!(reviews.contains(&&(
        mock_slug.as_str(),
        "review due since 7 days (last: gave up on 2026-11-07)"
    )));
    assert_eq!(
        reviews.last().unwrap(),
        &&(
            "contains-duplicate",
            "review due today (last: wrong answer on 2026-11-14)"
        )
    );
    assert!(position("two-sum").is_none(), "{items:?}");
}

#[test]
fn item_1_submitting_another_problem_leaves_the_running_session_be() {
    let prep = Prep::new();
    prep.solve("2026-11-28T09:00:00Z", "group-anagrams");
    prep.put("two-sum", TWO_SUM);
    prep.run("2026-11-28T09:05:00Z", &["submit", "two-sum"], 0);
    let s = prep.json("2026-11-28T09:06:00Z", &["session", "--json"]);
    assert_eq!(s["session"]["slug"], "group-anagrams");
}

#[test]
fn item_2_solving_in_another_language_moves_the_session_to_that_file() {
    let prep = Prep::new();
    prep.solve("2026-11-28T09:00:00Z", "two-sum");
    prep.says(
        "2026-11-28T09:05:00Z",
        &["solve", "two-sum", "--lang", "javascript", "--no-watch"],
        0,
        &["now judges your javascript file", "5:00 used"],
    );
    let s = prep.json("2026-11-28T09:06:00Z", &["session", "--json"]);
    assert_eq!(s["session"]["language"], "javascript");
    let report = prep.json("2026-11-28T09:06:00Z", &["test", "--json"]);
    assert_eq!(report["language"], "javascript");
}

#[test]
fn item_4_a_scratch_file_is_judged_as_the_session_problem() {
    let prep = Prep::new();
    prep.solve("2026-11-28T09:00:00Z", "two-sum");
    let scratch = prep.home.path().join("tmp/mysol.py");
    std::fs::create_dir_all(scratch.parent().unwrap()).unwrap();
    std::fs::write(&scratch, TWO_SUM).unwrap();
    let report = prep.json(
        "2026-11-28T09:05:00Z",
        &["test", "--file", scratch.to_str().unwrap(), "--json"],
    );
    assert_eq!(report["slug"], "two-sum");
    assert_eq!(report["verdict"], "accepted");
}

#[test]
fn item_5_an_unwritable_history_shows_the_verdict_then_one_error() {
    let prep = Prep::new();
    prep.put("two-sum", TWO_SUM);
    // Root ignores file modes, so the history and snapshots are folders/files in the way.
    std::fs::create_dir_all(prep.home.path().join("history.jsonl")).unwrap();
    std::fs::write(prep.home.path().join("snapshots"), "").unwrap();
    let out = prep
        .at("2026-11-28T09:00:00Z")
        .args(["submit", "two-sum"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stdout}{stderr}");
    assert!(stdout.contains("Accepted"), "{stdout}");
    assert_eq!(stderr.matches("not logged").count(), 1, "{stderr}");
    assert_eq!(stderr.matches("Is a directory").count(), 1, "{stderr}");
    assert!(!stderr.contains("snapshot"), "{stderr}");
}

#[test]
fn item_6_ctrl_c_during_a_submit_leaves_no_run_folder_behind() {
    let prep = Prep::new();
    let tmp = prep.home.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    prep.put(
        "two-sum",
        "import time\nclass Solution:\n    def twoSum(self, nums, target):\n        time.sleep(30)\n",
    );
    // prep as a terminal starts it (not assert_cmd's, which waits for the end): TMPDIR is
    // where the run folders are.
    let raw = |args: [&str; 2]| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_prep"));
        cmd.args(args)
            .env("PREP_HOME", prep.home.path())
            .env("HOME", prep.home.path())
            .env("TMPDIR", &tmp)
            .env(
                "PREP_CACHE",
                Path::new(env!("CARGO_TARGET_TMPDIR")).join("prep-cache"),
            )
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        cmd
    };
    let mut cmd = raw(["submit", "two-sum"]);
    // Ctrl-C must end prep as it does in a terminal, even when this suite was started in the
    // background by a shell that ignores SIGINT for its background jobs (an ignored signal is
    // inherited: prep would then finish the run and clean up, and the test would fail).
    #[allow(unsafe_code)]
    // SAFETY: one async-signal-safe call (signal(2) cannot fail for SIGINT) before exec.
    unsafe {
        use std::os::unix::process::CommandExt;
        cmd.pre_exec(|| {
            nix::libc::signal(nix::libc::SIGINT, nix::libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = cmd.spawn().unwrap();
    let runs = || -> Vec<String> {
        std::fs::read_dir(&tmp)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("prep-run-"))
            .collect()
    };
    let started = std::time::Instant::now();
    while runs().is_empty() {
        assert!(started.elapsed().as_secs() < 120, "no run folder appeared");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGINT,
    )
    .unwrap();
    child.wait().unwrap();
    let left = runs();
    assert!(
        !left.is_empty(),
        "the killed prep could not clean up itself"
    );
    // The next judge run sweeps the folders of preps that are gone.
    prep.put("two-sum", TWO_SUM);
    let status = raw(["test", "two-sum"]).status().unwrap();
    assert!(status.success());
    assert_eq!(runs(), Vec::<String>::new(), "left before: {left:?}");
}

#[test]
fn item_7_a_mock_holds_its_rules_and_summarises_in_words() {
    let prep = Prep::new();
    let slugs = prep.mock(
        "2026-11-28T09:00:00Z",
        &["--topic", "arrays", "--problems", "2"],
        "2026-11-28T09:01:00Z",
    );
    let (first, second) = (&slugs[0], &slugs[1]);
    prep.complains(
        "2026-11-28T09:02:00Z",
        &["solve", "min-stack", "--no-watch"],
        2,
        &["a mock interview is running"],
    );
    let out = prep.run("2026-11-28T09:20:00Z", &["session", "--abandon"], 0);
    assert!(out.contains(&format!("next is {second}")), "{out}");
    let s = prep.json("2026-11-28T09:21:00Z", &["session", "--json"]);
    assert_eq!(s["session"]["slug"], second.as_str());
    let summary = prep.json("2026-11-28T09:50:00Z", &["mock", "--end", "--json"]);
    let p = &summary["problems"];
    assert_eq!(p[0]["slug"], first.as_str());
    assert_eq!(p[0]["verdict"], "gave_up");
    // first: 09:00 to 09:20; second: 09:20 to 09:50.
    assert_eq!(
        (p[0]["time_s"].as_i64(), p[1]["time_s"].as_i64()),
        (Some(1200), Some(1800))
    );
    assert_eq!(
        (p[1]["verdict"].as_str(), p[1]["submits"].as_u64()),
        (Some("none"), Some(0))
    );
    assert_eq!(summary["elapsed_s"], 3000);
}

#[test]
fn item_8_a_review_is_due_on_the_next_calendar_day_and_stays_so_all_day() {
    let prep = Prep::new();
    prep.put("two-sum", TWO_SUM_WRONG);
    prep.run("2026-11-28T23:00:00Z", &["submit", "two-sum"], 1);
    let due = |now: &str| {
        prep.json(now, &["next", "--json"])["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["slug"] == "two-sum")
            .map(|i| i["reason"].as_str().unwrap().to_string())
    };
    assert_eq!(due("2026-11-28T23:59:00Z"), None);
    // Nine hours later, but the next day: due.
    assert_eq!(
        due("2026-11-29T08:00:00Z").as_deref(),
        Some("review due today (last: wrong answer on 2026-11-28)")
    );
    for now in ["2026-11-30T00:10:00Z", "2026-11-30T23:50:00Z"] {
        assert_eq!(
            due(now).as_deref(),
            Some("review due since 1 day (last: wrong answer on 2026-11-28)"),
            "{now}"
        );
    }
}

#[test]
fn item_10_a_follow_up_not_met_is_shown_everywhere() {
    let prep = Prep::new();
    prep.put(
        "two-sum",
        &reference("arrays/two-sum/solutions/follow_up_not_met/nested_loops.py"),
    );
    // The quadratic solution runs the large cases near their 6 s limit: a long submit.
    let out = prep
        .at("2026-11-28T09:00:00Z")
        .timeout(std::time::Duration::from_secs(900))
        .args(["submit", "two-sum"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(out.contains("follow-up not met"), "{out}");
    let show = prep.json("2026-11-28T09:00:00Z", &["show", "two-sum", "--json"]);
    assert_eq!(show["limits"]["time_ms"], 6000);
    assert_eq!(show["limits"]["follow_up"]["time_ms"], 1000);
    let text = prep.run("2026-11-28T09:01:00Z", &["show", "two-sum"], 0);
    assert!(
        text.contains("6000 ms") && text.contains("1000 ms"),
        "{text}"
    );
    let history = prep.json("2026-11-28T09:01:00Z", &["history", "--json"]);
    assert_eq!(history["attempts"][0]["follow_up"], "not_met");
    prep.says(
        "2026-11-28T09:01:00Z",
        &["history"],
        0,
        &["Accepted (follow-up not met)"],
    );
    let list = prep.json("2026-11-28T09:01:00Z", &["list", "--json"]);
    let two_sum = each(&list["problems"])
        .find(|p| p["slug"] == "two-sum")
        .unwrap()
        .clone();
    assert_eq!(
        (two_sum["status"].as_str(), two_sum["follow_up"].as_str()),
        (Some("solved"), Some("not_met"))
    );
    prep.says(
        "2026-11-28T09:01:00Z",
        &["list", "--topic", "arrays"],
        0,
        &["solved*"],
    );
}

#[test]
fn item_10_the_follow_up_message_is_the_problem_s_own() {
    let prep = Prep::new();
    prep.put(
        "valid-anagram",
        "class Solution:\n    def isAnagram(self, s, t):\n        return sorted(s.encode('ascii', 'replace')) == sorted(t.encode('ascii', 'replace'))\n",
    );
    let out = prep.run("2026-11-28T09:00:00Z", &["submit", "valid-anagram"], 0);
    if out.contains("follow-up not met") {
        assert!(out.contains("Unicode"), "{out}");
    } else {
        panic!("this solution should miss the Unicode follow-up: {out}");
    }
}

#[test]
fn item_11_a_tilde_workspace_is_the_home_folder() {
    let prep = Prep::new();
    prep.config("workspace = \"~/myprep\"\n");
    let cwd = prep.home.path().join("elsewhere");
    std::fs::create_dir_all(&cwd).unwrap();
    prep.at("2026-11-28T09:00:00Z")
        .current_dir(&cwd)
        .args(["solve", "two-sum", "--no-watch"])
        .assert()
        .success();
    assert!(prep
        .home
        .path()
        .join("myprep/two-sum/solution.py")
        .is_file());
    assert!(!cwd.join("~").exists());
    prep.config("[timebox]\neasy = 0\n");
    prep.complains(
        "2026-11-28T09:00:00Z",
        &["list"],
        2,
        &["config.toml", "1 to 600"],
    );
}

#[test]
fn item_12_the_offset_of_prep_now_is_the_user_s_zone() {
    let prep = Prep::new();
    let out = prep.solve("2026-11-28T09:00:00+01:00", "two-sum");
    assert!(out.contains("started at 09:00"), "{out}");
    // 00:30 at +01:00 is the 29th there (still the 28th in UTC, the system zone here).
    prep.put("two-sum", TWO_SUM);
    prep.run("2026-11-29T00:30:00+01:00", &["submit"], 0);
    let stats = prep.json("2026-11-29T00:40:00+01:00", &["stats", "--json"]);
    assert_eq!(stats["days"][0]["date"], "2026-11-29");
    assert_eq!(stats["streak"]["current"], 1);
}

#[test]
fn item_13_the_reference_comes_in_the_user_s_language() {
    let prep = Prep::new();
    prep.run(
        "2026-11-28T09:00:00Z",
        &["solve", "two-sum", "--lang", "rust", "--no-watch"],
        0,
    );
    prep.run("2026-11-28T09:10:00Z", &["session", "--abandon"], 0);
    let out = prep.run("2026-11-28T09:11:00Z", &["solution", "two-sum"], 0);
    assert!(
        out.contains("in Rust") && out.contains("impl Solution"),
        "{out}"
    );
    prep.says(
        "2026-11-28T09:11:00Z",
        &["solution", "two-sum", "--lang", "cpp"],
        0,
        &["in C++"],
    );
    // contains-duplicate ships only a Python reference: said plainly.
    prep.run(
        "2026-11-28T09:12:00Z",
        &[
            "solve",
            "contains-duplicate",
            "--lang",
            "java",
            "--no-watch",
        ],
        0,
    );
    prep.run("2026-11-28T09:13:00Z", &["session", "--abandon"], 0);
    prep.complains(
        "2026-11-28T09:14:00Z",
        &["solution", "contains-duplicate"],
        2,
        &["has no Java reference; there is one in python"],
    );
}

#[test]
fn item_14_list_numbers_once_fits_the_terminal_and_counts_in_words() {
    let prep = Prep::new();
    let list = prep
        .at("2026-11-28T09:00:00Z")
        .env("COLUMNS", "100")
        .args(["list"])
        .output()
        .unwrap();
    let text = String::from_utf8(list.stdout).unwrap();
    let numbers: Vec<usize> = text
        .lines()
        .filter(|l| l.starts_with(' '))
        .filter_map(|l| l.split_whitespace().next()?.parse().ok())
        .collect();
    assert_eq!(numbers, (1..=numbers.len()).collect::<Vec<_>>());
    assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
    let third = text
        .lines()
        .nth(2)
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .to_string();
    let show = prep.run("2026-11-28T09:00:00Z", &["show", "3"], 0);
    assert!(show.starts_with("3. "), "{show}");
    let show_json = prep.json("2026-11-28T09:00:00Z", &["show", "3", "--json"]);
    assert_eq!(show_json["slug"], third.as_str());
    // --input prints the value returned even when the case passes.
    prep.put("two-sum", TWO_SUM);
    let out = prep.run(
        "2026-11-28T09:00:00Z",
        &[
            "test",
            "two-sum",
            "--input",
            r#"{"nums": [3, 4, 5], "target": 9}"#,
        ],
        0,
    );
    assert!(out.contains("[1, 2]") || out.contains("[1,2]"), "{out}");
    prep.complains(
        "2026-11-28T09:00:00Z",
        &[
            "test",
            "two-sum",
            "--input",
            r#"{"nums": [3, 4], "target": 7}"#,
            "--case",
            "2",
        ],
        2,
        &["there is 1 case (only case 1"],
    );
}

#[test]
fn item_3_a_give_up_is_in_history_list_stats_and_next() {
    let prep = Prep::new();
    prep.solve("2026-11-28T09:00:00Z", "two-sum");
    prep.run("2026-11-28T09:30:00Z", &["session", "--abandon"], 0);
    let at = "2026-11-28T10:00:00Z";
    assert!(prep.run(at, &["history"], 0).contains("Gave up"));
    assert_eq!(
        prep.json(at, &["history", "--json"])["attempts"][0]["verdict"],
        "gave_up"
    );
    assert!(prep
        .run(at, &["history", "--export", "csv"], 0)
        .contains(",gave_up,"));
    let attempted = prep.json(at, &["list", "--status", "attempted", "--json"]);
    assert_eq!(attempted["problems"][0]["slug"], "two-sum");
    let stats = prep.json(at, &["stats", "--json"]);
    assert_eq!(stats["days"][0]["attempts"], 1);
    let next = prep.json("2026-11-29T09:00:00Z", &["next", "--json"]);
    assert_eq!(next["items"][0]["slug"], "two-sum");
}

#[test]
fn item_9_weak_areas_are_evidence_and_the_table_explains_itself() {
    let prep = Prep::new();
    prep.put("valid-anagram", ANAGRAM_WRONG);
    prep.run("2026-11-28T09:00:00Z", &["submit", "valid-anagram"], 1);
    prep.run("2026-11-28T09:05:00Z", &["submit", "valid-anagram"], 1);
    let stats = prep.json("2026-11-28T10:00:00Z", &["stats", "--json"]);
    let weak: Vec<&str> = each(&stats["weak_areas"])
        .map(|w| w["topic"].as_str().unwrap())
        .collect();
    // valid-anagram is arrays, hashing, strings: only those can be weak.
    assert!(weak.contains(&"strings"), "{weak:?}");
    assert!(
        weak.iter()
            .all(|t| ["arrays", "hashing", "strings"].contains(t)),
        "{weak:?}"
    );
    assert!(stats["not_started"]
        .as_array()
        .unwrap()
        .contains(&Value::from("heap")));
    let text = prep.run("2026-11-28T10:00:00Z", &["stats"], 0);
    assert!(
        text.contains("First try: of the problems") && text.contains("Not started:"),
        "{text}"
    );
}

#[test]
fn item_14_completions_offer_slugs_languages_and_topics() {
    let prep = Prep::new();
    // (fish's script from clap_complete offers no values for positional arguments.)
    for shell in ["bash", "zsh"] {
        let script = prep.run("2026-11-28T09:00:00Z", &["completions", shell], 0);
        for word in ["two-sum", "group-anagrams", "javascript", "heap"] {
            assert!(script.contains(word), "{shell}: no {word}");
        }
    }
}
