//! The history under stress: concurrent prep processes, and writers killed mid-append.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

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
        complexity: None,
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
    let lines = || {
        std::fs::read(&path)
            .map(|b| b.iter().filter(|&&c| c == b'\n').count())
            .unwrap_or(0)
    };
    for round in 0..kills {
        let before = lines();
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--ignored", "--exact", "appender_child", "--nocapture"])
            .env("PREP_TEST_HISTORY", &path)
            .spawn()
            .unwrap();
        // Killed while appending, seen in the file (a fixed wait would, on a busy machine,
        // kill a child that had not begun): after a different number of lines each round.
        let wanted = before + 1 + 40 * round;
        let deadline = Instant::now() + Duration::from_secs(60);
        while lines() < wanted {
            assert!(
                Instant::now() < deadline,
                "round {round}: the child wrote {} lines in 60 s",
                lines() - before
            );
            std::thread::sleep(Duration::from_millis(2));
        }
        child.kill().unwrap();
        child.wait().unwrap();
    }
    // A writer killed mid-line leaves a line without its newline; seen or not above, make one.
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap();
    std::io::Write::write_all(
        &mut file,
        b"{\"v\": 1, \"event\": \"attempt\", \"id\": \"to",
    )
    .unwrap();
    drop(file);
    let history = History::new(path.clone());
    history.append(&attempt(999_999)).unwrap();
    let (attempts, damaged) = history.attempts().unwrap();
    // At most one torn line per kill and the one made above, and the entry written afterwards
    // is intact.
    assert!(!damaged.is_empty(), "the torn line made above is reported");
    assert!(damaged.len() <= kills + 1, "{damaged:?}");
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
