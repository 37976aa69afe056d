//! The history under stress: concurrent prep processes, and writers killed mid-append.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use prep::history::{Attempt, History, SCHEMA};

fn attempt(i: usize) -> Attempt {
    Attempt {
        v: SCHEMA,
        event: "attempt".into(),
        id: format!("{i}"),
        at: "2026-11-28T10:00:00+00:00".into(),
        slug: "two-sum".into(),
        language: "python".into(),
        // A long line makes a kill in the middle of a write likelier.
        topics: vec!["arrays".repeat(200)],
        verdict: "accepted".into(),
        follow_up: None,
        passed: i,
        total: i,
        elapsed_s: None,
        timebox_s: None,
        over_time: false,
        hints_used: 0,
        runs: 0,
        difficulty: None,
        snapshot: None,
    }
}

/// Run by `writers_killed_mid_append_never_damage_other_entries` in a child process: appends
/// until killed (or 200 000 entries).
#[test]
#[ignore = "a child process of another test, not a test of its own"]
fn appender_child() {
    let path = std::env::var("PREP_TEST_HISTORY").expect("run by the parent test");
    let history = History::new(path.into());
    for i in 0..200_000 {
        history.append(&attempt(i)).unwrap();
    }
}

#[test]
fn writers_killed_mid_append_never_damage_other_entries() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.jsonl");
    let kills = 6;
    for round in 0..kills {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--ignored", "--exact", "appender_child", "--nocapture"])
            .env("PREP_TEST_HISTORY", &path)
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(150 + 37 * round));
        child.kill().unwrap();
        child.wait().unwrap();
    }
    let history = History::new(path.clone());
    history.append(&attempt(999_999)).unwrap();
    let (attempts, damaged) = history.attempts().unwrap();
    assert!(
        attempts.len() > kills as usize,
        "the children appended: {}",
        attempts.len()
    );
    // At most one torn line per kill, and the entry written afterwards is intact.
    assert!(damaged.len() <= kills as usize, "{damaged:?}");
    assert_eq!(attempts.last().unwrap().id, "999999");
    let lines = std::fs::read_to_string(&path).unwrap().lines().count();
    assert_eq!(attempts.len() + damaged.len(), lines);
}

#[test]
fn concurrent_prep_processes_lose_no_attempt() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("mine/two-sum/solution.py");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen:\n                return [seen[target - x], i]\n            seen[x] = i\n").unwrap();
    let children: Vec<_> = (0..6)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_prep"))
                .args([
                    "submit",
                    "two-sum",
                    "--file",
                    file.to_str().unwrap(),
                    "--json",
                ])
                .env("PREP_HOME", home.path())
                .env(
                    "PREP_CACHE",
                    Path::new(env!("CARGO_TARGET_TMPDIR")).join("prep-cache"),
                )
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let (attempts, damaged) = History::new(home.path().join("history.jsonl"))
        .attempts()
        .unwrap();
    assert_eq!(attempts.len(), 6);
    assert!(damaged.is_empty());
    let ids: std::collections::HashSet<_> = attempts.iter().map(|a| &a.id).collect();
    assert_eq!(ids.len(), 6, "every attempt has its own id");
}
