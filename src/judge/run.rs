//! One process, many cases: feeds cases to a harness, reads its records, and watches the case
//! that runs (CPU, wall clock, memory, output). The protocol itself (the header, the records,
//! the caps) is `protocol.rs`; this is the judge's side of it.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::inputs::Input;
use super::protocol::{self, Header, Record, PIPE_CAP, RECORD_CAP};
use super::sandbox::{self, Spec};
use crate::lang::Program;

/// How much of a case's stdout is kept for the report.
pub const STDOUT_SHOWN: usize = 16 << 10;
/// Loading the user's file has its own limits (times `PREP_COMPILE_SCALE`: loading is an
/// interpreted language's compile).
const LOAD_CPU_MS: u64 = 10_000;
const TICK: Duration = Duration::from_millis(5);
/// When the solution got less than half of a window of this length, the watchdog reads the
/// CPU of the whole run (its processes' tree): a fork bomb spends its CPU in children, which
/// the solution's own counter does not see, while the solution waits for a CPU they hold.
/// Counted, they make a time limit rather than a "starved" case run again and again.
const RUN_WINDOW: Duration = Duration::from_millis(100);
/// What V8 prints on stderr when its heap cap (`--max-old-space-size`) is reached.
const HEAP_EXHAUSTED: &str = "JavaScript heap out of memory";
/// What Go's runtime prints on stderr when an allocation fails (no panic to recover).
const GO_OUT_OF_MEMORY: &str = "fatal error: runtime: out of memory";

/// Per-case limits of a run.
#[derive(Debug, Clone, Copy)]
pub struct CaseLimits {
    /// L: the CPU limit of one case.
    pub cpu_ms: u64,
    pub memory_kb: u64,
}

impl CaseLimits {
    /// A case is stopped at 1.5 L of CPU (docs/contract.md section 5).
    pub fn stop_cpu_ms(&self) -> u64 {
        self.cpu_ms * 3 / 2
    }
    /// The wall-clock backstop: 3 L + 1 s.
    pub fn wall(&self) -> Duration {
        Duration::from_millis(self.cpu_ms * 3 + 1000)
    }
}

/// How one case ended, as the process saw it.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Value {
        value: Value,
        aliased: bool,
    },
    BadOutput(String),
    Error {
        kind: String,
        message: String,
    },
    TimeLimit {
        /// Stopped by the wall-clock backstop rather than by CPU time.
        wall: bool,
        /// At the backstop, the process had been waiting to run most of the time: a busy
        /// machine starved it (a sleeper is not runnable). Such a case is run again.
        starved: bool,
    },
    MemoryLimit,
    OutputLimit,
    Crashed {
        signal: Option<String>,
        status: Option<i32>,
    },
}

#[derive(Debug, Clone)]
pub struct CaseRun {
    pub k: usize,
    pub outcome: Outcome,
    pub cpu_ms: f64,
    /// The user's call alone, where the harness measures it apart (`protocol::Done`).
    pub call_ms: Option<f64>,
    pub wall_ms: f64,
    pub memory_kb: u64,
    pub stdout: String,
}

/// How a batch ended.
#[derive(Debug, Default)]
pub struct BatchEnd {
    pub compile_error: Option<String>,
    /// The process's own stderr (tracebacks outside cases, crash messages), capped.
    pub stderr: String,
}

/// A record of fd 3, or its end.
enum Rec {
    Record(Record),
    Closed,
}

/// Runs `cases` (index, input) through one process, case k under `limits(k)`: their CPU
/// limits may differ (a follow-up group's), their memory limit is the first case's (one
/// cgroup holds the run). `on_case` gets each case as it ends and answers whether to go on. Returns when every case ran, the callback said stop, or the
/// process ended; the caller restarts after a case that ended the process.
pub fn run_batch(
    program: &Program,
    header: &Header,
    cases: &[(usize, &Input)],
    limits: &dyn Fn(usize) -> CaseLimits,
    on_case: &mut dyn FnMut(CaseRun) -> bool,
) -> std::io::Result<BatchEnd> {
    let dir = run_folder::create()?;
    for (name, contents) in &program.files {
        std::fs::write(dir.path().join(name), contents)?;
    }
    let batch_cpu_ms: u64 = cases.iter().map(|c| limits(c.0).stop_cpu_ms()).sum();
    let load_cpu_ms = LOAD_CPU_MS * u64::from(crate::lang::compile::scale());
    let total_cpu_s = (batch_cpu_ms + load_cpu_ms) / 1000 + 2;
    let memory_kb = cases.first().map_or(0, |c| limits(c.0).memory_kb);
    // Dropped at the end of the batch: kills whatever is left of the run.
    let cgroup = sandbox::cgroup(memory_kb << 10);
    let procs = cgroup.pids_procs();
    let memory_procs = cgroup.memory_procs();
    let spec = Spec {
        program: &program.program,
        args: &program.args,
        dir: dir.path(),
        cpu_backstop_s: total_cpu_s,
        file_size: header.stdout_cap * 2,
        address_space: program.address_space,
        // A stack as large as the memory limit at most: a runaway recursion overflows it
        // (a runtime error, as on LeetCode) rather than run into the memory cap first.
        stack: sandbox::STACK.min(memory_kb.saturating_sub(program.memory_allowance_kb) << 10),
        env: &program.env,
        cgroup_procs: procs.as_deref(),
        memory_procs: memory_procs.as_deref(),
    };
    // A program whose static storage is over its address-space limit cannot be loaded (the
    // kernel would kill it at exec, past its point of no return): the first case is over its
    // memory, as when the exec itself fails for want of memory.
    let too_large = program.address_space.is_some_and(|limit| {
        sandbox::image_size(&program.program).is_some_and(|size| size > limit)
    });
    let began = std::time::SystemTime::now();
    let started = if too_large {
        None
    } else {
        match sandbox::start(&spec) {
            Ok(started) => Some(started),
            Err(e) if e.raw_os_error() == Some(nix::libc::ENOMEM) => None,
            Err(e) => return Err(e),
        }
    };
    let started = match started {
        Some(started) => started,
        None => {
            if let Some(&(k, _)) = cases.first() {
                on_case(stopped_case(
                    k,
                    Outcome::MemoryLimit,
                    0.0,
                    0.0,
                    0,
                    dir.path(),
                ));
            }
            return Ok(BatchEnd::default());
        }
    };
    let mut child = started.child;
    // `spawn` started a relay (see sandbox/); the solution is what the watchdog measures,
    // and its process group is what a stop kills (the relay's own, in a PID namespace; its
    // own otherwise, so that the relay outlives it to end what it left behind).
    let pid = sandbox::solution_pid(child.id());
    let group = sandbox::process_group(pid).unwrap_or(pid);
    let spawned_at = Instant::now();

    // Feed stdin on a thread: a harness that does not read must not block us.
    let mut stdin = child.stdin.take().expect("piped stdin");
    let mut feed = Vec::new();
    feed.extend_from_slice(&header.line());
    for (k, input) in cases {
        input.encode(&program.encoding, *k, &mut feed);
    }
    let feeder = thread::spawn(move || {
        let _ = stdin.write_all(&feed);
    });
    let overflow = Arc::new(AtomicBool::new(false));
    let out_thread = drain(child.stdout.take().expect("piped stdout"), overflow.clone());
    let err_thread = drain(child.stderr.take().expect("piped stderr"), overflow.clone());

    let (tx, rx) = mpsc::channel();
    let records = started.records;
    thread::spawn(move || read_records(records, &tx));

    let mut end = BatchEnd::default();
    // (k, wall start, cpu at start); None while loading or between cases.
    let mut current: Option<(usize, Instant, u64)> = None;
    let mut loaded = false;
    let mut done = 0;
    // Watchdog samples of the current case: (all, runnable).
    let mut watched: Option<usize> = None;
    let mut ticks: (u32, u32) = (0, 0);
    let mut runnable_thread = None;
    let mut exited_at: Option<Instant> = None;
    // The solution's CPU at the start of the watchdog's current window, and the run's CPU in
    // the current case as last read (see `RUN_WINDOW`).
    let mut window: (Instant, u64) = (Instant::now(), 0);
    let mut run_cpu: u64 = 0;
    let mut last_cpu: u64 = 0;
    let mut last_rss = 0;
    // Records read ahead of their turn (see `Rec::Start`).
    let mut ahead: std::collections::VecDeque<Rec> = std::collections::VecDeque::new();
    loop {
        let rec = match ahead.pop_front() {
            Some(rec) => Some(rec),
            None => match rx.recv_timeout(TICK) {
                Ok(rec) => Some(rec),
                Err(mpsc::RecvTimeoutError::Timeout) => None,
                Err(mpsc::RecvTimeoutError::Disconnected) => Some(Rec::Closed),
            },
        };
        match rec {
            Some(Rec::Record(Record::Loaded)) => loaded = true,
            Some(Rec::Record(Record::CompileError(message))) => {
                end.compile_error = Some(message);
                break;
            }
            Some(Rec::Record(Record::Start(k))) => {
                // A case whose end is already in ran before prep got to its start (a busy
                // machine): a reset now would measure what is left after it (once the
                // process has exited, only the page cache of its files, ~232 KB), not its
                // peak. Its peak is then the one since the case before, which includes it.
                ahead.extend(rx.try_iter());
                let ended = ahead.iter().any(|r| {
                    matches!(r, Rec::Record(Record::Done(d, _)) if *d == k)
                        || matches!(r, Rec::Closed)
                });
                if !ended {
                    cgroup.reset_peak();
                    // Gone by the time of the reset (its end not yet read): the reset
                    // measured what it left, so the case's peak is the harness's own.
                    if !sandbox::stat(pid).is_some_and(|(state, _)| state != 'Z' && state != 'X') {
                        cgroup.forget_peak();
                    }
                }
                current = Some((k, Instant::now(), sandbox::cpu_ms(pid).unwrap_or(0)))
            }
            Some(Rec::Record(Record::Done(k, record))) => {
                let wall_ms = current.map_or(0.0, |(_, t, _)| t.elapsed().as_secs_f64() * 1000.0);
                current = None;
                let run = finished_case(k, record, wall_ms, dir.path(), header, limits(k), &cgroup);
                done += 1;
                // Every case is in: the run is over, whoever still holds the pipes.
                if !on_case(run) || done == cases.len() {
                    break;
                }
            }
            Some(Rec::Record(Record::Garbage(line))) => {
                end.stderr.push_str(&format!(
                    "prep: unreadable record from the harness: {line}\n"
                ));
            }
            Some(Rec::Closed) => {
                // The process closed fd 3: it is exiting (or closed it itself).
                let status = wait_with_timeout(&mut child, Duration::from_secs(2));
                let k = current
                    .map(|(k, _, _)| k)
                    .or_else(|| (!loaded).then(|| cases.first().map(|c| c.0)).flatten());
                if let Some(k) = k {
                    let (signal, code) = match status {
                        Some(s) => (s.signal().map(sandbox::signal_name), s.code()),
                        None => (None, None),
                    };
                    let outcome = match signal.as_deref() {
                        Some("SIGXCPU") => Outcome::TimeLimit {
                            wall: false,
                            starved: false,
                        },
                        Some("SIGXFSZ") => Outcome::OutputLimit,
                        // Node ends with a fatal error (no exception to catch) at its heap cap.
                        _ if err_thread.peek().contains(HEAP_EXHAUSTED) => Outcome::MemoryLimit,
                        _ if err_thread.peek().contains(GO_OUT_OF_MEMORY) => Outcome::MemoryLimit,
                        // The kernel's OOM killer ended it at the run's memory cap.
                        _ if cgroup.oom_killed() => Outcome::MemoryLimit,
                        _ => Outcome::Crashed {
                            signal,
                            status: code,
                        },
                    };
                    let outcome = if overflow.load(Ordering::Relaxed) {
                        Outcome::OutputLimit
                    } else {
                        outcome
                    };
                    let wall_ms =
                        current.map_or(0.0, |(_, t, _)| t.elapsed().as_secs_f64() * 1000.0);
                    let cpu = cpu_of(current, pid, last_cpu);
                    let memory = cgroup.peak_kb().unwrap_or(last_rss);
                    on_case(stopped_case(k, outcome, cpu, wall_ms, memory, dir.path()));
                }
                break;
            }
            None => {
                // The harness ended but something it started still holds fd 3 open: no
                // end-of-file will come, so its exit is the end of the records.
                if exited_at.is_none() && matches!(child.try_wait(), Ok(Some(_))) {
                    exited_at = Some(Instant::now());
                }
                if exited_at.is_some_and(|t| t.elapsed() > Duration::from_millis(200)) {
                    if let Some(k) = current.map(|(k, _, _)| k) {
                        let status = child.try_wait().ok().flatten();
                        let (signal, code) = status.map_or((None, None), |s| {
                            (s.signal().map(sandbox::signal_name), s.code())
                        });
                        let outcome = if cgroup.oom_killed() {
                            Outcome::MemoryLimit
                        } else {
                            Outcome::Crashed {
                                signal,
                                status: code,
                            }
                        };
                        on_case(stopped_case(
                            k,
                            outcome,
                            cpu_of(current, pid, last_cpu),
                            0.0,
                            cgroup.peak_kb().unwrap_or(last_rss),
                            dir.path(),
                        ));
                    }
                    break;
                }
            }
        }
        // The watchdog.
        let (cpu_start, wall_start, cpu_limit, wall_limit) = match current {
            Some((k, t, c)) => (c, t, limits(k).stop_cpu_ms(), limits(k).wall()),
            None if !loaded => (
                0,
                spawned_at,
                load_cpu_ms,
                Duration::from_millis(load_cpu_ms * 2),
            ),
            None => continue,
        };
        // A process already gone (killed by the kernel, its record not read yet) keeps its
        // last reading: the case's CPU is what it used until then, not zero.
        let (mut state, cpu_now) = match sandbox::stat(pid) {
            Some(read) => {
                last_cpu = read.1;
                read
            }
            None => ('?', last_cpu.max(cpu_start)),
        };
        if state != 'R' && sandbox::any_thread_runnable(pid, &mut runnable_thread) {
            state = 'R';
        }
        if watched != current.map(|(k, _, _)| k) {
            watched = current.map(|(k, _, _)| k);
            ticks = (0, 0);
            window = (Instant::now(), cpu_now);
            run_cpu = 0;
        }
        if window.0.elapsed() >= RUN_WINDOW {
            let own = cpu_now.saturating_sub(window.1);
            if own * 2 < window.0.elapsed().as_millis() as u64 {
                if let Some(all) = sandbox::run_cpu_ms(child.id()) {
                    run_cpu = all.saturating_sub(cpu_start);
                }
            }
            window = (Instant::now(), cpu_now);
        }
        let cpu = cpu_now.saturating_sub(cpu_start).max(run_cpu);
        ticks.0 += 1;
        ticks.1 += u32::from(state == 'R');
        // With a memory cgroup the kernel holds the run to its cap; otherwise the watchdog
        // polls the solution's resident memory.
        if cgroup.has_memory() {
            cgroup.sample();
        } else {
            last_rss = last_rss.max(sandbox::rss_kb(pid).unwrap_or(0));
        }
        let outcome = if cpu > cpu_limit && cgroup.at_cap() {
            Some(Outcome::MemoryLimit)
        } else if cpu > cpu_limit {
            Some(Outcome::TimeLimit {
                wall: false,
                starved: false,
            })
        } else if wall_start.elapsed() > wall_limit {
            Some(Outcome::TimeLimit {
                wall: true,
                starved: ticks.1 * 2 >= ticks.0,
            })
        } else if last_rss > memory_kb {
            Some(Outcome::MemoryLimit)
        } else if overflow.load(Ordering::Relaxed) {
            Some(Outcome::OutputLimit)
        } else {
            None
        };
        if let Some(outcome) = outcome {
            sandbox::kill_group(group);
            let k = current.map_or_else(|| cases.first().map_or(0, |c| c.0), |(k, _, _)| k);
            let wall_ms = wall_start.elapsed().as_secs_f64() * 1000.0;
            on_case(stopped_case(
                k,
                outcome,
                cpu as f64,
                wall_ms,
                cgroup.peak_kb().unwrap_or(last_rss),
                dir.path(),
            ));
            break;
        }
    }
    sandbox::kill_group(group);
    cgroup.kill_all();
    // Without a PID namespace the relay ends what the solution left behind, then itself.
    if wait_with_timeout(&mut child, Duration::from_secs(4)).is_none() {
        let _ = child.kill();
        let _ = child.wait();
    }
    // Whatever the solution left outside its group, where no relay or cgroup ended it.
    sandbox::sweep(dir.path(), began);
    // A process that escaped the kill (no cgroup here) may hold the pipes open: take what
    // the drains have after a short wait rather than wait for their end.
    let _ = feeder;
    let _ = out_thread.finish();
    end.stderr.push_str(&err_thread.finish());
    Ok(end)
}

/// The current case's CPU time; `last` is the watchdog's last reading, for a process already
/// gone (the kernel's OOM killer ended it, and its relay reaped it).
fn cpu_of(current: Option<(usize, Instant, u64)>, pid: u32, last: u64) -> f64 {
    match current {
        Some((_, _, start)) => sandbox::cpu_ms(pid)
            .unwrap_or(last.max(start))
            .saturating_sub(start) as f64,
        None => 0.0,
    }
}

fn finished_case(
    k: usize,
    record: protocol::Done,
    wall_ms: f64,
    dir: &Path,
    header: &Header,
    limits: CaseLimits,
    cgroup: &sandbox::Cgroup,
) -> CaseRun {
    // The kernel's exact peak where the run has a memory cgroup, else the harness's VmHWM.
    let memory_kb = cgroup.peak_kb().unwrap_or(record.mem_kb);
    let (stdout, too_long) = case_stdout(dir, k, header.stdout_cap);
    let outcome = if too_long {
        Outcome::OutputLimit
    } else if let Some(error) = record.error {
        match error.kind.as_str() {
            protocol::MEMORY_ERROR => Outcome::MemoryLimit,
            protocol::OUTPUT_LIMIT_ERROR => Outcome::OutputLimit,
            _ => Outcome::Error {
                kind: error.kind,
                message: error.message,
            },
        }
    } else if let Some(message) = record.bad_output {
        Outcome::BadOutput(message)
    } else if memory_kb > limits.memory_kb {
        Outcome::MemoryLimit
    } else {
        Outcome::Value {
            value: record.value,
            aliased: record.aliased,
        }
    };
    CaseRun {
        k,
        outcome,
        cpu_ms: record.cpu_ms,
        call_ms: record.call_ms,
        wall_ms,
        memory_kb,
        stdout,
    }
}

fn stopped_case(
    k: usize,
    outcome: Outcome,
    cpu_ms: f64,
    wall_ms: f64,
    memory_kb: u64,
    dir: &Path,
) -> CaseRun {
    CaseRun {
        k,
        outcome,
        cpu_ms,
        call_ms: None,
        wall_ms,
        memory_kb,
        stdout: case_stdout(dir, k, 0).0,
    }
}

/// The case's captured stdout (its first part) and whether it went over `cap`.
fn case_stdout(dir: &Path, k: usize, cap: u64) -> (String, bool) {
    let path = dir.join(format!("stdout.{k}"));
    let Ok(file) = std::fs::File::open(&path) else {
        return (String::new(), false);
    };
    let len = file.metadata().map_or(0, |m| m.len());
    let mut shown = Vec::new();
    let _ = file.take(STDOUT_SHOWN as u64).read_to_end(&mut shown);
    let _ = std::fs::remove_file(&path);
    (String::from_utf8_lossy(&shown).into_owned(), len > cap)
}

/// A pipe drained on its own thread into a capped buffer.
struct Drain {
    thread: thread::JoinHandle<()>,
    kept: Arc<std::sync::Mutex<Vec<u8>>>,
}

impl Drain {
    /// What was read so far, once the pipe closed or after at most 200 ms.
    fn peek(&self) -> String {
        self.read_within(Duration::from_millis(200))
    }

    /// What was read, once the pipe closed or after at most half a second.
    fn finish(self) -> String {
        self.read_within(Duration::from_millis(500))
    }

    fn read_within(&self, wait: Duration) -> String {
        let deadline = Instant::now() + wait;
        while !self.thread.is_finished() && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(2));
        }
        let kept = self
            .kept
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        String::from_utf8_lossy(&kept).into_owned()
    }
}

fn drain(mut pipe: impl Read + Send + 'static, overflow: Arc<AtomicBool>) -> Drain {
    let kept = Arc::new(std::sync::Mutex::new(Vec::new()));
    let sink = kept.clone();
    let thread = thread::spawn(move || {
        let mut buf = [0u8; 8192];
        let mut total = 0usize;
        loop {
            match pipe.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    total += n;
                    let mut kept = sink
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    let room = PIPE_CAP.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                    if total > PIPE_CAP {
                        overflow.store(true, Ordering::Relaxed);
                    }
                }
            }
        }
    });
    Drain { thread, kept }
}

fn read_records(file: std::fs::File, tx: &mpsc::Sender<Rec>) {
    let mut reader = BufReader::new(file);
    let mut line = Vec::new();
    loop {
        line.clear();
        match (&mut reader)
            .take(RECORD_CAP as u64)
            .read_until(b'\n', &mut line)
        {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
        let rec = Rec::Record(Record::parse(&line));
        if tx.send(rec).is_err() {
            return;
        }
    }
    let _ = tx.send(Rec::Closed);
}

fn wait_with_timeout(
    child: &mut std::process::Child,
    timeout: Duration,
) -> Option<std::process::ExitStatus> {
    use wait_timeout::ChildExt;
    child.wait_timeout(timeout).ok().flatten()
}

/// The run folder in the temp dir, named after prep's process (`prep-run-<pid>-...`). A prep
/// killed by a signal (Ctrl-C) never drops its `TempDir`; the next run removes the folders of
/// owners that are gone, so none piles up.
mod run_folder {
    const PREFIX: &str = "prep-run-";

    pub fn create() -> std::io::Result<tempfile::TempDir> {
        sweep(&std::env::temp_dir());
        tempfile::Builder::new()
            .prefix(&format!("{PREFIX}{}-", std::process::id()))
            .tempdir()
    }

    /// Removes `prep-run-<pid>-*` folders under `tmp` whose process no longer runs.
    pub fn sweep(tmp: &std::path::Path) {
        let Ok(entries) = std::fs::read_dir(tmp) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(pid) = name
                .to_str()
                .and_then(|n| n.strip_prefix(PREFIX))
                .and_then(|rest| rest.split('-').next())
                .and_then(|p| p.parse::<i32>().ok())
            else {
                continue;
            };
            if !alive(pid) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }

    fn alive(pid: i32) -> bool {
        // Signal 0 checks existence; EPERM means it runs as someone else.
        !matches!(
            nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), None),
            Err(nix::errno::Errno::ESRCH)
        )
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn folders_of_gone_owners_are_swept_and_live_ones_kept() {
            let tmp = tempfile::tempdir().unwrap();
            let mut child = std::process::Command::new("true").spawn().unwrap();
            let gone = child.id();
            child.wait().unwrap();
            let dead = tmp.path().join(format!("prep-run-{gone}-abc"));
            let live = tmp
                .path()
                .join(format!("prep-run-{}-def", std::process::id()));
            let other = tmp.path().join("prep-run-xyz");
            for d in [&dead, &live, &other] {
                std::fs::create_dir_all(d.join("inner")).unwrap();
            }
            super::sweep(tmp.path());
            assert!(!dead.exists());
            assert!(live.exists());
            assert!(other.exists());
        }
    }
}
