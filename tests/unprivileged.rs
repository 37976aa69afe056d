//! The hostile programs that matter, judged by prep running as an ordinary user: each gets
//! its verdict within a generous bound, leaves no process of its run, and the next solution is
//! judged at once; a solution cannot reach a listener on 127.0.0.1; and `prep doctor` says
//! which path each protection takes.
//!
//! Where the kernel allows unprivileged user namespaces (here, and on Debian 12 by default),
//! each run gets one, with network and PID namespaces in it; on cgroup v2 under systemd, the
//! pids and memory cgroups of a delegated scope too. Elsewhere RLIMIT_NPROC bounds fork and
//! thread bombs, the watchdog's VmRSS polling the memory, and the subreaper relay ends
//! daemonised grandchildren. `PREP_EXPECT_USERNS=refused` says the machine refuses user
//! namespaces on purpose (tests/vm/run.sh does, to test the fallback): the test then asserts
//! that `prep doctor` names the refusal and that the verdicts hold without them.
//!
//! Run as root (as in CI), the test makes an ordinary user `prep-tester` (once, with useradd)
//! and drops to it for every prep it starts; run as an ordinary user, it runs prep as that
//! user. Root's home is not readable by other users here, so prep gets the system's own
//! /usr/bin/python3 and /usr/bin/g++ (PATH=/usr/bin:/bin), a PREP_HOME, PREP_CACHE and TMPDIR
//! in a fresh temp dir the user owns, and a copy of the prep binary when the user cannot
//! execute the one cargo built.

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::Value;

mod sandboxed;

/// The ordinary user the test runs prep as, when it runs as root.
const TESTER: &str = "prep-tester";

fn as_root() -> bool {
    // SAFETY: geteuid cannot fail.
    #[allow(unsafe_code)]
    unsafe {
        nix::libc::geteuid() == 0
    }
}

/// The uid and gid prep runs as in this test: `prep-tester`'s as root (made if missing),
/// the caller's own otherwise.
fn ids() -> (u32, u32) {
    static IDS: OnceLock<(u32, u32)> = OnceLock::new();
    *IDS.get_or_init(|| {
        if !as_root() {
            return (
                nix::unistd::getuid().as_raw(),
                nix::unistd::getgid().as_raw(),
            );
        }
        let id = |flag: &str| {
            Command::new("id")
                .args([flag, TESTER])
                .output()
                .ok()
                .filter(|o| o.status.success())
                .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
        };
        if id("-u").is_none() {
            let made = Command::new("useradd")
                .args([
                    "--system",
                    "--user-group",
                    "--no-create-home",
                    "--home-dir",
                    "/nonexistent",
                    "--shell",
                    "/usr/sbin/nologin",
                    TESTER,
                ])
                .status();
            assert!(
                made.as_ref().is_ok_and(|s| s.success()) || id("-u").is_some(),
                "cannot make the user {TESTER} with useradd (Debian's passwd package): {made:?}"
            );
        }
        (id("-u").unwrap(), id("-g").unwrap())
    })
}

fn user() -> u32 {
    ids().0
}

/// Whether this machine refuses user namespaces on purpose (see the module's description).
fn userns_refused() -> bool {
    std::env::var("PREP_EXPECT_USERNS").is_ok_and(|v| v == "refused")
}

struct World {
    root: tempfile::TempDir,
    prep: PathBuf,
}

impl World {
    fn new() -> World {
        let root = tempfile::Builder::new()
            .prefix("prep-unprivileged-")
            .tempdir_in("/tmp")
            .unwrap();
        let world = World {
            prep: PathBuf::from(env!("CARGO_BIN_EXE_prep")),
            root,
        };
        let problem = sandboxed::add_two();
        for dir in [
            "cache",
            "tmp",
            "home/solutions/add-two",
            "home/problems/add-two",
        ] {
            std::fs::create_dir_all(world.root.path().join(dir)).unwrap();
        }
        world.write("home/problems/add-two/problem.json", &problem.to_string());
        world.write("home/problems/add-two/statement.md", "Return a + b.\n");
        world.give_away(world.root.path());
        let mut world = world;
        // The binary cargo built may sit under folders the user cannot enter (root's home).
        let reachable = world.command(&world.prep).arg("--version").output();
        if !reachable.is_ok_and(|o| o.status.success()) {
            let copy = world.root.path().join("prep");
            std::fs::copy(&world.prep, &copy).unwrap();
            std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o755)).unwrap();
            world.prep = copy;
            // Another test's fork may still hold its own copy's write handle open for a moment
            // (tests run as threads of one process), and exec then fails with ETXTBSY.
            let mut tries = 0;
            let out = loop {
                match world.command(&world.prep).arg("--version").output() {
                    Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && tries < 50 => {
                        tries += 1;
                        std::thread::sleep(std::time::Duration::from_millis(100));
                    }
                    other => break other.unwrap(),
                }
            };
            assert!(
                out.status.success(),
                "the user cannot run prep even from {}: {}",
                world.prep.display(),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        world
    }

    fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.root.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        if as_root() {
            std::os::unix::fs::chown(&path, Some(ids().0), Some(ids().1)).unwrap();
        }
        path
    }

    /// Makes the tree the user's own (as root), or at least world-accessible.
    fn give_away(&self, dir: &Path) {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        if as_root() {
            std::os::unix::fs::chown(dir, Some(ids().0), Some(ids().1)).unwrap();
        }
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                self.give_away(&path);
            } else if as_root() {
                std::os::unix::fs::chown(&path, Some(ids().0), Some(ids().1)).unwrap();
            }
        }
    }

    /// A command that runs as the user, in a minimal environment that names only the
    /// system's toolchains.
    fn command(&self, program: &Path) -> Command {
        let mut command = Command::new(program);
        command
            .env_clear()
            .env("PATH", "/usr/bin:/bin")
            .env("HOME", self.root.path())
            .env("PREP_HOME", self.root.path().join("home"))
            .env("PREP_CACHE", self.root.path().join("cache"))
            .env("TMPDIR", self.root.path().join("tmp"))
            .env("NO_COLOR", "1")
            .current_dir(self.root.path())
            .stdin(Stdio::null());
        // An emulated machine's longer compile limits (tests/vm/run.sh).
        if let Some(scale) = std::env::var_os("PREP_COMPILE_SCALE") {
            command.env("PREP_COMPILE_SCALE", scale);
        }
        if as_root() {
            let (uid, gid) = ids();
            #[allow(unsafe_code)]
            // SAFETY: plain system calls between fork and exec.
            unsafe {
                command.pre_exec(move || {
                    if nix::libc::setgroups(0, std::ptr::null()) != 0
                        || nix::libc::setgid(gid) != 0
                        || nix::libc::setuid(uid) != 0
                    {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
        }
        command
    }

    /// Judges `source` saved as `file` with `prep test`; the report and how long it took.
    fn judge(&self, file: &str, source: &str) -> (Value, Duration) {
        let path = self.write(&format!("home/solutions/add-two/{file}"), source);
        let started = Instant::now();
        let mut child = self
            .command(&self.prep)
            .args([
                "test",
                "add-two",
                "--file",
                path.to_str().unwrap(),
                "--json",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // A backstop far beyond any bound asserted below, so a failure cannot hang CI.
        let deadline = Instant::now() + sandboxed::secs(240);
        while child.try_wait().unwrap().is_none() {
            if Instant::now() > deadline {
                let _ = child.kill();
                panic!("{file}: prep did not finish in 240 s");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let out = child.wait_with_output().unwrap();
        let took = started.elapsed();
        let report = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "{file}: no report ({e}); prep as uid {} said: {}",
                user(),
                String::from_utf8_lossy(&out.stderr)
            )
        });
        (report, took)
    }

    /// `prep doctor --json`'s protections, as the user.
    fn protections(&self) -> serde_json::Map<String, Value> {
        let out = self
            .command(&self.prep)
            .args(["doctor", "--json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "prep doctor as uid {}: {}",
            user(),
            String::from_utf8_lossy(&out.stderr)
        );
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        doc["protections"]
            .as_object()
            .cloned()
            .expect("protections")
    }

    /// Live processes of the user (zombies aside) that belong to this test's world: its
    /// marker in the command line or the working folder.
    fn survivors(&self) -> Vec<String> {
        let marker = self.root.path().to_string_lossy().into_owned();
        let mut found = Vec::new();
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            let Ok(status) = std::fs::read_to_string(entry.path().join("status")) else {
                continue;
            };
            let field = |key: &str| {
                status
                    .lines()
                    .find_map(|l| l.strip_prefix(key))
                    .map(|v| v.split_whitespace().next().unwrap_or("").to_string())
            };
            if field("Uid:") != Some(user().to_string()) || field("State:").as_deref() == Some("Z")
            {
                continue;
            }
            let cmdline = std::fs::read(entry.path().join("cmdline"))
                .map(|c| String::from_utf8_lossy(&c).replace('\0', " "))
                .unwrap_or_default();
            let cwd = std::fs::read_link(entry.path().join("cwd"))
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            if cmdline.contains(&marker) || cwd.contains(&marker) {
                found.push(format!(
                    "{}: {cmdline} (in {cwd})",
                    entry.file_name().to_string_lossy()
                ));
            }
        }
        found
    }
}

/// The hostile programs: (name, Python body of `add`, C++ body of `add`, the verdicts
/// allowed).
fn programs() -> Vec<(
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
)> {
    const TLE: &[&str] = &["time_limit_exceeded"];
    vec![
        (
            "fork-bomb",
            "        n = 0\n        for _ in range(3000):\n            try:\n                if os.fork() == 0:\n                    time.sleep(120)\n                    os._exit(0)\n                n += 1\n                print('made', n, flush=True)\n            except OSError:\n                break\n        while True:\n            pass",
            "        int n = 0;\n        for (int i = 0; i < 3000; i++) {\n            pid_t p = fork();\n            if (p == 0) { sleep(120); _exit(0); }\n            if (p < 0) break;\n            n++;\n            cout << \"made \" << n << endl;\n        }\n        while (true) {}\n        return 0;",
            TLE,
        ),
        // Every process forks and spins: the CPU is in the children, while the solution
        // itself mostly waits for a CPU they hold. It is a time limit of the run, not a case
        // starved by a busy machine (which would be run again, twice, at its wall backstop).
        (
            "spinning-fork-bomb",
            "        n = 0\n        while True:\n            try:\n                if os.fork() != 0:\n                    n += 1\n                    print('made', n, flush=True)\n            except OSError:\n                pass",
            "        int n = 0;\n        while (true) {\n            if (fork() > 0) { n++; cout << \"made \" << n << endl; }\n        }\n        return 0;",
            TLE,
        ),
        (
            "thread-bomb",
            "        n = 0\n        for _ in range(3000):\n            try:\n                threading.Thread(target=time.sleep, args=(60,), daemon=True).start()\n                n += 1\n                print('made', n, flush=True)\n            except RuntimeError:\n                break\n        while True:\n            pass",
            "        int n = 0;\n        for (int i = 0; i < 3000; i++) {\n            try { std::thread([] { sleep(60); }).detach(); n++; } catch (...) { break; }\n            cout << \"made \" << n << endl;\n        }\n        while (true) {}\n        return 0;",
            TLE,
        ),
        (
            "cpu-spin",
            "        while True:\n            pass",
            "        volatile long long x = 0;\n        while (true) x++;\n        return 0;",
            TLE,
        ),
        (
            "sleep",
            "        time.sleep(600)",
            "        sleep(600);\n        return 0;",
            TLE,
        ),
        (
            "memory-bomb",
            "        xs = []\n        while True:\n            xs.append(bytearray(1 << 20))",
            "        vector<vector<char>> xs;\n        while (true) xs.emplace_back(1 << 20, 'x');\n        return 0;",
            &["memory_limit_exceeded"],
        ),
        (
            "daemonised-grandchild",
            "        if os.fork() == 0:\n            os.setsid()\n            if os.fork() == 0:\n                time.sleep(300)\n            os._exit(0)\n        return a + b",
            "        if (fork() == 0) { setsid(); if (fork() == 0) sleep(300); _exit(0); }\n        return (long long)a + b;",
            &["accepted"],
        ),
        // Without a PID namespace the solution's parent is the run's relay, which it may
        // kill; the solution then dies with it (PR_SET_PDEATHSIG). Whether its answer got out
        // first is a race: accepted (the next case runs in a fresh process) or a runtime
        // error. prep itself is never reached.
        (
            "kill-parent",
            "        os.kill(os.getppid(), 9)\n        return a + b",
            "        kill(getppid(), SIGKILL);\n        return (long long)a + b;",
            &["accepted", "runtime_error"],
        ),
    ]
}

fn python(body: &str) -> String {
    format!("import os, sys, time, threading, signal\nclass Solution:\n    def add(self, a, b):\n{body}\n")
}

fn cpp(body: &str) -> String {
    format!("#include <unistd.h>\n#include <signal.h>\nclass Solution {{\npublic:\n    long long add(int a, int b) {{\n{body}\n    }}\n}};\n")
}

/// Judges each hostile program in one language, then a correct solution after it.
fn suite(file: &str, wrap: fn(&str) -> String, correct: &str) {
    let world = World::new();
    // The toolchains must work for the user at all: a failure here says why.
    let (report, _) = world.judge(file, correct);
    assert_eq!(
        report["verdict"],
        "accepted",
        "prep as uid {} cannot judge a correct {file} with /usr/bin's toolchain: {report}",
        user()
    );
    for (name, py_body, cpp_body, verdicts) in programs() {
        let body = if file.ends_with(".py") {
            py_body
        } else {
            cpp_body
        };
        let (report, took) = world.judge(file, &wrap(body));
        let verdict = report["verdict"].as_str().unwrap_or_default();
        assert!(
            verdicts.contains(&verdict),
            "{name} ({file}): {verdict}, not one of {verdicts:?}: {report}"
        );
        // A bomb says how many processes or threads it made: held to the run's 64 tasks (by
        // RLIMIT_NPROC in its user namespace, or by the pids cgroup on v2).
        if name.ends_with("-bomb") && name != "memory-bomb" {
            sandboxed::assert_made_at_most_the_cap(&format!("{name} ({file})"), &report);
        }
        if name == "spinning-fork-bomb" {
            assert!(
                !report.to_string().contains("busy"),
                "{name} ({file}): judged as starved by a busy machine: {report}"
            );
        }
        if name == "memory-bomb" && file.ends_with(".py") {
            sandboxed::assert_peak_near_the_limit(&format!("{name} ({file})"), &report);
        }
        // Limits: 500 ms CPU (stopped at 750 ms), wall backstop 2.5 s; a build and a
        // machine shared with other work on top.
        assert!(took < sandboxed::secs(60), "{name} ({file}): took {took:?}");
        let survivors = world.survivors();
        assert!(
            survivors.is_empty(),
            "{name} ({file}): left running: {survivors:?}"
        );
        let (next, took) = world.judge(file, correct);
        assert_eq!(next["verdict"], "accepted", "after {name} ({file}): {next}");
        assert!(
            took < sandboxed::secs(15),
            "after {name} ({file}): the next solution took {took:?}"
        );
    }
}

#[test]
fn hostile_python_as_an_ordinary_user() {
    suite(
        "solution.py",
        python,
        "class Solution:\n    def add(self, a, b):\n        return a + b\n",
    );
}

#[test]
fn hostile_cpp_as_an_ordinary_user() {
    suite(
        "solution.cpp",
        cpp,
        "class Solution {\npublic:\n    long long add(int a, int b) { return (long long)a + b; }\n};\n",
    );
}

/// A solution connecting to a listener on 127.0.0.1 does not reach it: its run has a network
/// namespace of its own (inside its user namespace), whose loopback is down.
fn no_network(language: &str) {
    let world = World::new();
    if userns_refused() {
        let protections = world.protections();
        let net = &protections["network_namespace"];
        assert_eq!(net["on"], false, "{net}");
        assert!(
            net["how"].as_str().unwrap_or_default().contains("refused"),
            "the doctor does not say why: {net}"
        );
        return;
    }
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let sources = [
        (
            "solution.py",
            format!("import socket\nclass Solution:\n    def add(self, a, b):\n        socket.create_connection(('127.0.0.1', {port}), timeout=2).sendall(b'escaped')\n        return a + b\n"),
        ),
        (
            "solution.cpp",
            format!("#include <sys/socket.h>\n#include <netinet/in.h>\n#include <arpa/inet.h>\nclass Solution {{\npublic:\n    long long add(int a, int b) {{\n        int s = socket(AF_INET, SOCK_STREAM, 0);\n        sockaddr_in to{{}};\n        to.sin_family = AF_INET;\n        to.sin_port = htons({port});\n        to.sin_addr.s_addr = inet_addr(\"127.0.0.1\");\n        if (connect(s, (sockaddr*)&to, sizeof to) != 0) throw runtime_error(\"no network\");\n        send(s, \"escaped\", 7, 0);\n        return (long long)a + b;\n    }}\n}};\n"),
        ),
    ];
    for (file, source) in sources.into_iter().filter(|(f, _)| f.ends_with(language)) {
        let (report, _) = world.judge(file, &source);
        assert_eq!(report["verdict"], "runtime_error", "{file}: {report}");
        assert!(
            listener.accept().is_err(),
            "{file}: the solution reached the listener on 127.0.0.1:{port}"
        );
    }
}

#[test]
fn no_network_python_as_an_ordinary_user() {
    no_network(".py");
}

#[test]
fn no_network_cpp_as_an_ordinary_user() {
    no_network(".cpp");
}

/// `prep doctor --json` as the user: every protection the machine offers an ordinary user is
/// on, and the ones it cannot have say why.
#[test]
fn doctor_as_an_ordinary_user() {
    let world = World::new();
    let protections = world.protections();
    let v2 = Path::new("/sys/fs/cgroup/cgroup.controllers").exists();
    for name in [
        "process_group",
        "rlimits",
        "no_new_privs",
        "fresh_home",
        "minimal_environment",
        "user_namespace",
        "network_namespace",
        "pid_namespace",
        "cgroup_pids",
        "memory_cgroup",
        "nproc_limit",
    ] {
        let p = &protections
            .get(name)
            .unwrap_or_else(|| panic!("doctor does not report {name}: {protections:?}"));
        let how = p["how"].as_str().unwrap_or_default();
        eprintln!("{name}: {} — {how}", p["on"]);
        let namespace = name.ends_with("_namespace");
        // cgroup v1 is root's alone; v2 gives the user a delegated subtree under systemd.
        let expected = if name.contains("cgroup") {
            v2
        } else {
            !(namespace && userns_refused())
        };
        assert_eq!(p["on"], expected, "{name}: {p}");
        if !expected {
            let why = if namespace { "refused" } else { "not writable" };
            assert!(
                how.contains(why),
                "{name} does not say why it is off: {how}"
            );
        }
    }
}
