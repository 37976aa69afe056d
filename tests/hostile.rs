//! Hostile solutions (Python): each gets its verdict within its limit plus a margin, leaves no
//! process behind, and the next solution is judged right away. Run as root here and in CI,
//! where each run gets a pids cgroup and a network namespace of its own.

use std::path::Path;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use serde_json::{json, Value};

struct Prep {
    home: tempfile::TempDir,
}

impl Prep {
    fn new() -> Prep {
        let prep = Prep {
            home: tempfile::tempdir().unwrap(),
        };
        let problem = json!({
            "format_version": 1, "slug": "add-two", "title": "Add Two", "difficulty": "easy",
            "topics": ["math"], "plan": {"order": 900},
            "signature": {"function": "add", "params": [{"name": "a", "type": "int"}, {"name": "b", "type": "int"}], "returns": "long"},
            "checker": {"kind": "exact"}, "limits": {"time_ms": 500, "memory_mb": 128},
            "complexity": {"time": "O(1)", "space": "O(1)"}, "hints": ["Use +."],
            "examples": [{"input": {"a": 1, "b": 2}, "output": 3}, {"input": {"a": 3, "b": 4}, "output": 7}],
        });
        prep.write("problems/add-two/problem.json", &problem.to_string());
        prep.write("problems/add-two/statement.md", "Return a + b.\n");
        prep
    }

    fn write(&self, rel: &str, text: &str) -> std::path::PathBuf {
        let path = self.home.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    /// Judges `source`; returns the report and how long it took.
    fn judge(&self, source: &str) -> (Value, Duration) {
        // A marker in the file's path lets the test find the run's processes afterwards.
        let file = self.write("solutions/add-two/solution.py", source);
        let started = Instant::now();
        let out = Command::cargo_bin("prep")
            .unwrap()
            .args([
                "test",
                "add-two",
                "--file",
                file.to_str().unwrap(),
                "--json",
            ])
            .env("PREP_HOME", self.home.path())
            .env(
                "PREP_CACHE",
                Path::new(env!("CARGO_TARGET_TMPDIR")).join("prep-cache"),
            )
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        let report = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
        (report, started.elapsed())
    }

    /// Processes whose command line names this test's home: none may survive a run.
    fn survivors(&self) -> Vec<String> {
        let marker = self.home.path().to_string_lossy().into_owned();
        let mut found = Vec::new();
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            if let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) {
                let text = String::from_utf8_lossy(&cmdline).replace('\0', " ");
                if text.contains(&marker) && !text.contains("cargo") {
                    found.push(format!("{}: {text}", entry.file_name().to_string_lossy()));
                }
            }
        }
        found
    }

    /// After a hostile run: nothing left, and a correct solution is judged at once.
    fn still_judges(&self) {
        let survivors = self.survivors();
        assert!(survivors.is_empty(), "left running: {survivors:?}");
        let (report, _) =
            self.judge("class Solution:\n    def add(self, a, b):\n        return a + b\n");
        assert_eq!(report["verdict"], "accepted", "{report}");
    }
}

#[test]
fn a_fork_bomb_is_contained_and_cleaned_up() {
    let prep = Prep::new();
    // Bounded, so a failure of the containment cannot take the machine down.
    let (report, took) = prep.judge(
        "import os, time\nclass Solution:\n    def add(self, a, b):\n        for _ in range(3000):\n            try:\n                if os.fork() == 0:\n                    time.sleep(120)\n                    os._exit(0)\n            except OSError:\n                pass\n        while True:\n            pass\n",
    );
    assert_eq!(report["verdict"], "time_limit_exceeded", "{report}");
    assert!(took < Duration::from_secs(20), "{took:?}");
    prep.still_judges();
}

#[test]
fn a_daemonised_grandchild_does_not_survive() {
    let prep = Prep::new();
    let (report, took) = prep.judge(
        "import os, time\nclass Solution:\n    def add(self, a, b):\n        if os.fork() == 0:\n            os.setsid()\n            if os.fork() == 0:\n                time.sleep(300)\n            os._exit(0)\n        return a + b\n",
    );
    assert_eq!(report["verdict"], "accepted", "{report}");
    assert!(took < Duration::from_secs(20), "{took:?}");
    prep.still_judges();
}

#[test]
fn no_network_even_to_loopback() {
    let prep = Prep::new();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let (report, _) = prep.judge(&format!(
        "import socket\nclass Solution:\n    def add(self, a, b):\n        socket.create_connection(('127.0.0.1', {port}), timeout=2).close()\n        return a + b\n"
    ));
    assert_eq!(report["verdict"], "runtime_error", "{report}");
    assert!(
        listener.accept().is_err(),
        "the solution reached the listener"
    );
    prep.still_judges();
}

#[test]
fn a_solution_writing_into_home_touches_only_its_run_folder() {
    let prep = Prep::new();
    let (report, _) = prep.judge(
        "import os\nclass Solution:\n    def add(self, a, b):\n        open(os.path.join(os.environ['HOME'], 'planted.txt'), 'w').write('x')\n        return a + b\n",
    );
    assert_eq!(report["verdict"], "accepted", "{report}");
    assert!(!prep.home.path().join("planted.txt").exists());
    let real_home = std::env::var_os("HOME")
        .map(std::path::PathBuf::from)
        .unwrap();
    assert!(!real_home.join("planted.txt").exists());
}

#[test]
fn runs_left_behind_by_a_killed_prep_are_cleaned_up_by_the_next() {
    let prep = Prep::new();
    let file = prep.write(
        "solutions/add-two/solution.py",
        "import time\nclass Solution:\n    def add(self, a, b):\n        time.sleep(600)\n",
    );
    // prep itself is killed mid-run, as by a closed terminal or an OOM killer.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_prep"))
        .args(["test", "add-two", "--file", file.to_str().unwrap()])
        .env("PREP_HOME", prep.home.path())
        .env(
            "PREP_CACHE",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("prep-cache"),
        )
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    let harness_runs = || prep.survivors().iter().any(|p| p.contains("harness.py"));
    while !harness_runs() {
        assert!(Instant::now() < deadline, "the run never started");
        std::thread::sleep(Duration::from_millis(20));
    }
    // Let it reach the solution's sleep (the harness first reads all its input).
    std::thread::sleep(Duration::from_millis(1500));
    child.kill().unwrap();
    child.wait().unwrap();
    // Its run sleeps on, orphaned; the next prep (here, or one of the tests running beside
    // this one) finds the dead owner's cgroup and sweeps it away.
    let (report, _) =
        prep.judge("class Solution:\n    def add(self, a, b):\n        return a + b\n");
    assert_eq!(report["verdict"], "accepted", "{report}");
    let survivors = prep.survivors();
    assert!(survivors.is_empty(), "left running: {survivors:?}");
}
