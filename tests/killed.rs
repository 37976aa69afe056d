//! prep killed mid-run, as by a closed terminal, a Ctrl-C or the OOM killer: the run ends with
//! it, and a run that escaped even so is swept away by the next prep. Alone in its binary,
//! and one test, so that no other prep (whose first run sweeps the cgroups of dead owners)
//! can do the cleaning that the first half checks the run does by itself. Linux only: it reads
//! `/proc` and the cgroups (`tests/portable.rs` checks the portable backend's own way).
#![cfg(target_os = "linux")]

mod sandboxed;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use sandboxed::Prep;

const SLEEPER: &str =
    "import time\nclass Solution:\n    def add(self, a, b):\n        time.sleep(600)\n";

fn wait_until(what: &str, within: Duration, done: impl Fn() -> bool) {
    let deadline = Instant::now() + within;
    while !done() {
        assert!(Instant::now() < deadline, "{what}: not within {within:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The process is asleep (state `S`) inside a sleep system call, as `time.sleep` is.
fn sleeping(pid: u32) -> bool {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The state follows the command name, which may hold spaces: read after its `)`.
    let state = stat.rsplit(')').next().unwrap_or_default().trim_start();
    let syscall = std::fs::read_to_string(format!("/proc/{pid}/syscall")).unwrap_or_default();
    let number: i64 = syscall
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(-1);
    state.starts_with('S')
        && [nix::libc::SYS_clock_nanosleep, nix::libc::SYS_nanosleep].contains(&number)
}

#[test]
fn a_run_ends_with_a_killed_prep() {
    let prep = Prep::new();
    let file = prep.write("solutions/add-two/solution.py", SLEEPER);
    for signal in [
        Signal::SIGINT,
        Signal::SIGTERM,
        Signal::SIGHUP,
        Signal::SIGKILL,
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_prep"))
            .args(["test", "add-two", "--file", file.to_str().unwrap()])
            .env("PREP_HOME", prep.home.path())
            .env(
                "PREP_CACHE",
                Path::new(env!("CARGO_TARGET_TMPDIR")).join("prep-cache"),
            )
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        // Killed while the solution sleeps, not while the harness still reads its input: the
        // moment under test is seen, not guessed with a fixed wait.
        let in_its_sleep = || {
            prep.survivors()
                .iter()
                .filter(|p| p.contains("harness.py"))
                .filter_map(|p| p.split(':').next()?.parse::<u32>().ok())
                .any(sleeping)
        };
        wait_until(
            "the solution reaches its sleep",
            Duration::from_secs(30),
            in_its_sleep,
        );
        kill(Pid::from_raw(child.id() as i32), signal).unwrap();
        let status = child.wait().unwrap();
        assert!(!status.success(), "{signal}: prep went on: {status:?}");
        wait_until(
            &format!("{signal}: the run ends with prep"),
            Duration::from_secs(5),
            || prep.survivors().is_empty(),
        );
    }
    // Only now, with no dead prep's run left to hide, may another prep run.
    an_escaped_run_is_swept_by_the_next_prep();
}

fn an_escaped_run_is_swept_by_the_next_prep() {
    // A run whose prep died: a process in a cgroup named after a pid that is no more, as prep
    // leaves one when it is killed between making the cgroup and arming the run's death.
    let root = Path::new("/sys/fs/cgroup/pids");
    let mut gone = Command::new("true").spawn().unwrap();
    let dead = gone.id();
    gone.wait().unwrap();
    let group = root.join(format!("prep-{dead}-0"));
    std::fs::create_dir(&group).unwrap();
    let mut orphan = Command::new("sleep").arg("600").spawn().unwrap();
    std::fs::write(group.join("cgroup.procs"), orphan.id().to_string()).unwrap();
    let prep = Prep::new();
    let (report, _) =
        prep.judge("class Solution:\n    def add(self, a, b):\n        return a + b\n");
    assert_eq!(report["verdict"], "accepted", "{report}");
    let deadline = Instant::now() + Duration::from_secs(5);
    let ended = loop {
        if let Some(status) = orphan.try_wait().unwrap() {
            break Some(status);
        }
        if Instant::now() > deadline {
            let _ = orphan.kill();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(ended.is_some(), "the escaped run was left running");
    assert!(!group.exists(), "its cgroup was left behind");
}
