//! Hostile solutions (Python): each gets its verdict within its limit plus a margin, leaves no
//! process behind, and the next solution is judged right away. Run as root here and in CI,
//! where each run gets a pids cgroup and a network namespace of its own.

mod sandboxed;

use std::time::Duration;

use serde_json::Value;

use sandboxed::{suite, Prep};

suite_tests!(Prep::new();
    a_fork_bomb_is_contained_and_cleaned_up,
    a_daemonised_grandchild_does_not_survive,
    a_memory_bomb_is_a_memory_limit_with_its_peak,
    no_network_even_to_loopback,
    a_solution_writing_into_home_touches_only_its_run_folder,
    hostile_programs_get_their_verdicts_in_python_and_cpp,
    a_cpp_fork_bomb_and_daemon_are_contained,
    a_huge_static_array_is_a_memory_limit,
    compile_bombs_and_error_floods_are_capped,
);

/// Every protection `prep doctor --json` reports is on for root here: the process group,
/// rlimits, no_new_privs, a fresh home, a minimal environment, network and PID namespaces,
/// and the pids and memory cgroups (v1 or v2). A protection that silently went off (a
/// cgroup no longer made, a namespace no longer unshared) fails this test.
#[test]
fn doctor_reports_every_protection_on() {
    let prep = Prep::new();
    let out = assert_cmd::Command::cargo_bin("prep")
        .unwrap()
        .args(["doctor", "--json"])
        .env("PREP_HOME", prep.home.path())
        .timeout(sandboxed::secs(600))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let protections = doc["protections"].as_object().expect("protections");
    // SAFETY: geteuid cannot fail.
    #[allow(unsafe_code)]
    let root = unsafe { nix::libc::geteuid() } == 0;
    let mut expected = vec![
        "process_group",
        "rlimits",
        "no_new_privs",
        "fresh_home",
        "minimal_environment",
        "network_namespace",
        "pid_namespace",
        "cgroup_pids",
        "memory_cgroup",
    ];
    if !root {
        expected.extend(["user_namespace", "nproc_limit"]);
    }
    let names: Vec<&str> = protections.keys().map(String::as_str).collect();
    for name in &expected {
        assert!(
            names.contains(name),
            "doctor does not report {name}: {names:?}"
        );
    }
    for (name, p) in protections {
        // As an ordinary user on cgroup v1 no cgroup can be made: that is the one gap.
        let v1_user_cgroup = !root
            && name.contains("cgroup")
            && !std::path::Path::new("/sys/fs/cgroup/cgroup.controllers").exists();
        assert!(
            p["on"] == true || v1_user_cgroup,
            "{name} is off: {}",
            p["how"]
        );
        assert!(
            p["how"].as_str().is_some_and(|h| !h.is_empty()),
            "{name}: {p}"
        );
    }
}

/// 0.2 s asleep, then the sum.
const SLEEPS_A_LITTLE: &str =
    "import time\n\nclass Solution:\n    def add(self, a, b):\n        time.sleep(0.2)\n        return a + b\n";

/// A case's peak memory is its own even when prep is late to read its start (a busy
/// machine): prep is stopped while the harness runs every case and exits, then let go. A
/// reset of the peak at the late start measured only what the exited process left in the
/// page cache (8 to 232 KB), never a Python process's ~6 MB.
#[test]
fn a_late_judge_still_gives_each_case_its_peak() {
    use nix::sys::signal::{kill, Signal};
    use nix::unistd::Pid;
    let prep = Prep::new();
    // Each case sleeps a little, so the window in which a case is seen running is not a
    // millisecond that a busy machine's scheduler can hide from the poll below.
    let file = prep.solution(SLEEPS_A_LITTLE);
    let tmp = prep.home.path().join("tmp");
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_prep"))
        .args([
            "test",
            "add-two",
            "--file",
            file.to_str().unwrap(),
            "--json",
        ])
        .envs(prep.env())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The harness writes each case's stdout to a file in the run's folder: once the first is
    // there the cases are running, and the rest end well within the stop below.
    let deadline = std::time::Instant::now() + sandboxed::secs(60);
    let started = || {
        std::fs::read_dir(&tmp).unwrap().flatten().any(|run| {
            std::fs::read_dir(run.path()).is_ok_and(|mut files| {
                files.any(|f| {
                    f.is_ok_and(|f| f.file_name().to_string_lossy().starts_with("stdout."))
                })
            })
        })
    };
    while !started() {
        assert!(std::time::Instant::now() < deadline, "no case started");
        std::thread::sleep(Duration::from_micros(200));
    }
    let pid = Pid::from_raw(child.id() as i32);
    kill(pid, Signal::SIGSTOP).unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    kill(pid, Signal::SIGCONT).unwrap();
    let out = child.wait_with_output().unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["verdict"], "accepted", "{report}");
    for case in report["cases"].as_array().unwrap() {
        let kb = case["memory_kb"].as_u64().unwrap();
        assert!(kb > 1024, "a Python case shown with {kb} KB: {report}");
    }
}
