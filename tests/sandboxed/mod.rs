//! The sandboxed-run test builder of the hostile suites: a PREP_HOME with a small local
//! problem (add two numbers, 500 ms of CPU), `prep test` of a solution in it, and a search of
//! /proc for any process of its runs left behind.

#![allow(dead_code)]

pub mod suite;

/// One `#[test]` for each named function of `suite`, run on the `Prep` that `$prep` makes: the
/// backends share one hostile suite, and each lists the programs it holds.
#[macro_export]
macro_rules! suite_tests {
    ($prep:expr; $($name:ident),+ $(,)?) => {
        $(
            #[test]
            fn $name() {
                suite::$name(&$prep);
            }
        )+
    };
}

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use serde_json::{json, Value};

/// The local problem of the hostile suites: add two ints, 500 ms of CPU (times
/// `PREP_TEST_TIME_SCALE`: an emulated CPU is charged for the time the host takes it away),
/// 128 MB.
pub fn add_two() -> Value {
    let time_ms = 500 * time_scale();
    json!({
        "format_version": 1, "slug": "add-two", "title": "Add Two", "difficulty": "easy",
        "topics": ["math"], "plan": {"order": 900},
        "signature": {"function": "add", "params": [{"name": "a", "type": "int"}, {"name": "b", "type": "int"}], "returns": "long"},
        "checker": {"kind": "exact"}, "limits": {"time_ms": time_ms, "memory_mb": 128},
        "complexity": {"time": "O(1)", "space": "O(1)"}, "hints": ["Use +."],
        "examples": [{"input": {"a": 1, "b": 2}, "output": 3}, {"input": {"a": 3, "b": 4}, "output": 7}],
    })
}

/// `n` seconds, times `PREP_TEST_TIME_SCALE` (default 1): the bounds that stop a hang, made
/// wider on an emulated machine (tests/vm/run.sh sets 10), where everything is that slower.
pub fn secs(n: u64) -> Duration {
    Duration::from_secs(n * time_scale())
}

/// `PREP_TEST_TIME_SCALE`, 1 when unset.
pub fn time_scale() -> u64 {
    std::env::var("PREP_TEST_TIME_SCALE")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(1)
}

/// A memory bomb's report shows its peak: at least half the problem's 128 MB in its first
/// case, which the bomb filled up to the limit (a peak reset at the wrong moment, or never
/// read, shows kilobytes).
pub fn assert_peak_near_the_limit(name: &str, report: &Value) {
    let kb = report["cases"][0]["memory_kb"].as_u64().unwrap_or(0);
    eprintln!("{name}: peak {kb} KB");
    assert!(
        kb >= 64 << 10,
        "{name}: a peak of {kb} KB under a limit of 128 MB: {report}"
    );
    // Filling that much takes CPU: a process the kernel ended is still shown with the time
    // it used (the watchdog's last reading), not 0 ms.
    let cpu = report["cases"][0]["cpu_ms"].as_f64().unwrap_or(0.0);
    assert!(
        cpu > 0.0,
        "{name}: 0 ms of CPU shown for a memory bomb: {report}"
    );
}

pub struct Prep {
    pub home: tempfile::TempDir,
    /// The judge backend (`PREP_SANDBOX`); `None`: the system's own.
    pub backend: Option<&'static str>,
}

impl Prep {
    /// A home whose runs use the system's own backend.
    pub fn new() -> Prep {
        Prep::with_backend(None)
    }

    /// A home whose runs use the portable backend (macOS's, selectable on Linux).
    pub fn portable() -> Prep {
        Prep::with_backend(Some("portable"))
    }

    fn with_backend(backend: Option<&'static str>) -> Prep {
        let prep = Prep {
            home: tempfile::tempdir().unwrap(),
            backend,
        };
        let problem = add_two();
        prep.write("problems/add-two/problem.json", &problem.to_string());
        prep.write("problems/add-two/statement.md", "Return a + b.\n");
        prep
    }

    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.home.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    /// Writes `source` as the workspace's Python solution of add-two.
    pub fn solution(&self, source: &str) -> PathBuf {
        self.write("solutions/add-two/solution.py", source)
    }

    /// Judges `source` (Python); returns the report and how long it took.
    pub fn judge(&self, source: &str) -> (Value, Duration) {
        self.judge_in("solution.py", source)
    }

    /// Judges `source` saved as `file` (its extension gives the language).
    pub fn judge_in(&self, file: &str, source: &str) -> (Value, Duration) {
        let (report, took, _) = self.run("test", file, source);
        (report, took)
    }

    /// `prep <command>` (test or submit) of `source` saved as `file`: the report, how long it
    /// took, and the exit code.
    pub fn run(&self, command: &str, file: &str, source: &str) -> (Value, Duration, i32) {
        // A marker in the file's path lets the test find the run's processes afterwards; the
        // run folders go under the home too (TMPDIR), so a compiled solution's processes are
        // found by their working folder.
        let file = self.write(&format!("solutions/add-two/{file}"), source);
        let started = Instant::now();
        let out = self
            .command()
            .args([
                command,
                "add-two",
                "--file",
                file.to_str().unwrap(),
                "--json",
            ])
            .timeout(secs(120))
            .output()
            .unwrap();
        let report = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
        (report, started.elapsed(), out.status.code().unwrap_or(-1))
    }

    /// `prep` with this home (and its runs' folders in it), the shared build cache and this
    /// backend.
    pub fn command(&self) -> Command {
        Command::from_std(self.process())
    }

    /// `command` as a plain process, to start and kill. SIGINT ends it as Ctrl-C does in a
    /// terminal, even when the suite was started by a shell that ignores SIGINT for its
    /// background jobs (an ignored signal is inherited, and would make a SIGINT test vacuous).
    pub fn process(&self) -> std::process::Command {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_prep"));
        #[allow(unsafe_code)]
        // SAFETY: one async-signal-safe call (signal(2) cannot fail for SIGINT) before exec.
        unsafe {
            use std::os::unix::process::CommandExt;
            command.pre_exec(|| {
                nix::libc::signal(nix::libc::SIGINT, nix::libc::SIG_DFL);
                Ok(())
            });
        }
        command.envs(self.env());
        match self.backend {
            Some(backend) => command.env("PREP_SANDBOX", backend),
            None => command.env_remove("PREP_SANDBOX"),
        };
        command
    }

    /// The environment prep runs in: this home, its `tmp` as TMPDIR (made here), and a
    /// cache shared by the tests.
    pub fn env(&self) -> Vec<(&'static str, PathBuf)> {
        let tmp = self.home.path().join("tmp");
        std::fs::create_dir_all(&tmp).unwrap();
        vec![
            ("PREP_HOME", self.home.path().to_path_buf()),
            ("TMPDIR", tmp),
            (
                "PREP_CACHE",
                Path::new(env!("CARGO_TARGET_TMPDIR")).join("prep-cache"),
            ),
        ]
    }

    /// Processes whose command line or working folder names this test's home: none may
    /// survive a run.
    pub fn survivors(&self) -> Vec<String> {
        let marker = self.home.path().to_string_lossy().into_owned();
        let mut found = Vec::new();
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            if let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) {
                let text = String::from_utf8_lossy(&cmdline).replace('\0', " ");
                let cwd = std::fs::read_link(entry.path().join("cwd"))
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if (text.contains(&marker) || cwd.contains(&marker)) && !text.contains("cargo") {
                    found.push(format!(
                        "{}: {text} (in {cwd})",
                        entry.file_name().to_string_lossy()
                    ));
                }
            }
        }
        found
    }

    /// After a hostile run: nothing left, and a correct solution is judged at once.
    pub fn still_judges(&self) {
        let survivors = self.survivors();
        assert!(survivors.is_empty(), "left running: {survivors:?}");
        let (report, _) =
            self.judge("class Solution:\n    def add(self, a, b):\n        return a + b\n");
        assert_eq!(report["verdict"], "accepted", "{report}");
    }
}

/// The processes or threads a bomb says it made (its first line, "made N") were held to the
/// run's cap: 64 tasks, the relay, the init and the solution among them. Without a working
/// pids cgroup (root ignores RLIMIT_NPROC) all 3000 would be made.
pub fn assert_made_at_most_the_cap(name: &str, report: &Value) {
    // Each case runs the bomb, which prints its count after each task it made; a case
    // stopped at its CPU limit before its first (the forks cost CPU, on a slow machine) says
    // nothing, but at least one must have.
    let counts: Vec<u64> = report["cases"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|case| {
            case["stdout"]
                .as_str()?
                .lines()
                .filter_map(|l| l.strip_prefix("made ")?.trim().parse().ok())
                .max()
        })
        .collect();
    eprintln!("{name}: made {counts:?}");
    assert!(!counts.is_empty(), "{name}: no count in {report}");
    for made in counts {
        assert!(
            made <= 64,
            "{name}: made {made} processes or threads, over the cap of 64"
        );
    }
}

impl Prep {
    /// The processes or threads a bomb says it made (each line "made N") were held to the
    /// run's cap: 64 tasks, the relay, the init and the solution among them. Without a
    /// working pids cgroup (root ignores RLIMIT_NPROC) all 3000 would be made. The portable
    /// backend as root has no cap to hold (the design notes say so), so it is not asked.
    pub fn assert_made_at_most_the_cap(&self, name: &str, report: &Value) {
        if self.backend == Some("portable") && is_root() {
            return;
        }
        assert_made_at_most_the_cap(name, report);
    }
}

fn is_root() -> bool {
    // SAFETY: geteuid cannot fail.
    #[allow(unsafe_code)]
    unsafe {
        nix::libc::geteuid() == 0
    }
}
