//! The portable backend (macOS's judge; `PREP_SANDBOX=portable` on Linux), run here by every
//! `cargo test`: the hostile suite of `tests/hostile.rs` (all but the network test: this
//! backend claims no network isolation on Linux), references of every verdict in all five
//! languages through `prep verify`, `prep doctor`'s account of it, and a run that ends with a
//! killed prep.

mod sandboxed;

use std::process::Stdio;
use std::time::{Duration, Instant};

use sandboxed::{suite, Prep};

suite_tests!(Prep::portable();
    a_fork_bomb_is_contained_and_cleaned_up,
    a_daemonised_grandchild_does_not_survive,
    a_solution_writing_into_home_touches_only_its_run_folder,
    hostile_programs_get_their_verdicts_in_python_and_cpp,
    a_cpp_fork_bomb_and_daemon_are_contained,
    a_huge_static_array_is_a_memory_limit,
);

/// Every reference of two problems gets the verdict its folder names: accepted in Python,
/// Java, C++, Rust and JavaScript, time limits in Python, Java and C++, a wrong answer and a
/// runtime error.
#[test]
fn references_of_every_verdict_in_five_languages() {
    let prep = Prep::portable();
    let out = prep
        .command()
        .args(["verify", "min-stack", "daily-temperatures", "--json"])
        .timeout(Duration::from_secs(900))
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    assert_eq!(out.status.code(), Some(0), "{doc}");
    let problems = doc["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 2, "{doc}");
    assert!(problems.iter().all(|p| p["ok"] == true), "{doc}");
}

#[test]
fn doctor_names_the_backend_and_what_it_protects() {
    let prep = Prep::portable();
    let out = prep.command().args(["doctor", "--json"]).output().unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["backend"], "portable", "{doc}");
    let protections = &doc["protections"];
    for on in [
        "process_group",
        "rlimits",
        "relay",
        "fresh_home",
        "minimal_environment",
    ] {
        assert_eq!(protections[on]["on"], true, "{on}: {doc}");
    }
    // sandbox-exec is macOS's; on Linux this backend does not deny the network, and says so.
    assert_eq!(
        protections["network_denied"]["on"],
        cfg!(target_os = "macos"),
        "{doc}"
    );
    for (name, p) in protections.as_object().unwrap() {
        assert!(
            p["how"].as_str().is_some_and(|h| !h.is_empty()),
            "{name}: {p}"
        );
    }
    let text = prep.command().arg("doctor").output().unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("portable backend"), "{text}");
    // A value that names no backend is said, and the system's own is used.
    let out = prep
        .command()
        .env("PREP_SANDBOX", "jail")
        .args(["doctor", "--json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("PREP_SANDBOX=jail"), "{stderr}");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_ne!(doc["backend"], "jail");
}

/// prep killed mid-run (as by a closed terminal): the relay sees its parent gone and ends the
/// run, with nothing of it left.
#[test]
fn a_run_ends_with_a_killed_prep() {
    let prep = Prep::portable();
    let file = prep.solution(
        "import time\nclass Solution:\n    def add(self, a, b):\n        time.sleep(600)\n",
    );
    let mut child = prep
        .process()
        .args(["test", "add-two", "--file", file.to_str().unwrap()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    // The solution runs in its run folder, under the home.
    while !prep.survivors().iter().any(|p| p.contains("prep-run-")) {
        assert!(Instant::now() < deadline, "the run never started");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let left = prep.survivors();
        if left.is_empty() {
            break;
        }
        assert!(Instant::now() < deadline, "left running: {left:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}
