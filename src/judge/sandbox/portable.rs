//! The portable backend: what every Unix offers, with nothing of Linux's namespaces, cgroups
//! or `/proc`. The only backend on macOS; on Linux `PREP_SANDBOX=portable` picks it, so that
//! it is tested where CI runs.
//!
//! - The spawned process is a relay, which forks the solution into a process group of its
//!   own: a solution that kills its parent kills the relay, not prep. The relay passes on how
//!   the solution ended, kills the solution's group when prep dies (it watches its own
//!   parent), and kills the group once the solution has ended.
//! - rlimits: no core dumps, CPU (a hard stop above the per-case stop of 1.5 L), file size,
//!   open files, the stack, RLIMIT_NPROC for an ordinary user, and an address-space limit
//!   where the system enforces one (not macOS, which accepts RLIMIT_AS and ignores it).
//! - The solution's CPU time and resident memory are read through the OS's process table
//!   (`sysinfo`: `/proc` on Linux, `proc_pidinfo` on macOS), polled by the judge's watchdog.
//! - At the end of a run, `sweep` kills what the solution left outside its group (a
//!   daemonised grandchild): every process of the user whose cwd is in the run's folder or
//!   whose environment has the run's folder as HOME or TMPDIR.
//! - On macOS, no network: the solution runs under `sandbox-exec` with a profile that denies
//!   it, where the system has `sandbox-exec`. On Linux this backend has no network isolation.
//!
//! Windows is not native: prep runs under WSL there, where it is Linux. Nothing here assumes
//! more of the OS than POSIX where POSIX does the job.

use std::cell::RefCell;
use std::ffi::OsStr;
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

use nix::sys::signal::{kill, killpg, Signal};
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::Pid;
use sysinfo::{ProcessRefreshKind, ProcessStatus, ProcessesToUpdate, System, UpdateKind};

use super::{
    close_inherited, descendants_total, enter_group, exit_now, pass_on, protection, Protection,
    Rlimits, Spec, Started, ENVIRONMENT, NPROC_BUDGET, OPEN_FILES, STACK,
};

/// What the backend does, for `prep doctor`.
pub const SUMMARY: &str = "a process group, rlimits (CPU, file size, open files, stack; \
     processes for a user), a relay between prep and the solution, CPU and memory polled \
     through the OS, leftovers found by their folder and ended; no network where sandbox-exec \
     exists (macOS)";

/// The program that runs a command under a sandbox profile (macOS).
const SANDBOX_EXEC: &str = "/usr/bin/sandbox-exec";
/// Everything allowed but the network.
const DENY_NETWORK: &str = "(version 1)\n(allow default)\n(deny network*)\n";
/// How often the relay looks at the solution and at its own parent.
const RELAY_TICK_NS: i64 = 2_000_000;

/// The wrapper that denies the run the network, where the system has one.
fn network_wrapper() -> Option<[&'static OsStr; 3]> {
    (cfg!(target_os = "macos") && Path::new(SANDBOX_EXEC).exists()).then(|| {
        [
            OsStr::new(SANDBOX_EXEC),
            OsStr::new("-p"),
            OsStr::new(DENY_NETWORK),
        ]
    })
}

/// Starts the relay, which starts the solution (see the module's description).
pub fn start(spec: &Spec<'_>) -> io::Result<Started> {
    let (reader, writer) = io::pipe()?;
    let writer: OwnedFd = writer.into();
    let writer_fd = writer.as_raw_fd();
    let wrapper = network_wrapper();
    let mut command = super::command(spec, wrapper.as_ref().map_or(&[], |w| &w[..]));
    let uid = nix::unistd::getuid().as_raw();
    let root = nix::unistd::geteuid().is_root();
    // Counted before the spawn: the run may add its budget to what the user runs now.
    let mut limits = Rlimits::of(spec, (!root).then(|| user_tasks(uid) + NPROC_BUDGET));
    // macOS accepts RLIMIT_AS but does not hold a process to it: memory is polled there.
    limits.address_space = limits.address_space.filter(|_| !cfg!(target_os = "macos"));
    let judge = nix::unistd::getpid();
    #[allow(unsafe_code)]
    // SAFETY: between fork and exec the closure only makes async-signal-safe system calls
    // (setpgid, fcntl, dup2, getrlimit, setrlimit, fork, waitpid, getppid, kill, close,
    // nanosleep, _exit) and allocates nothing.
    unsafe {
        command.pre_exec(move || {
            enter_group(writer_fd, &limits)?;
            relay(judge);
            Ok(())
        });
    }
    super::spawn(command, writer, reader)
}

/// Called between fork and exec. The caller stays as the relay; its child returns from here
/// to exec the solution in a process group of its own (the one the judge kills). The relay
/// closes every inherited file (so it holds no pipe of the run, nor the exec-status pipe
/// `spawn` waits on), waits for the solution, kills its group when prep is gone and once the
/// solution has ended, then ends as the solution did.
#[allow(unsafe_code)]
fn relay(judge: Pid) {
    use nix::unistd::{fork, ForkResult};
    // SAFETY: fork in a single-threaded child between fork and exec; each side then makes
    // only async-signal-safe calls.
    match unsafe { fork() } {
        Err(_) => exit_now(1),
        Ok(ForkResult::Parent { child }) => {
            // Both sides set the group, so it is set before either goes on.
            let _ = nix::unistd::setpgid(child, child);
            close_inherited();
            let pause = nix::libc::timespec {
                tv_sec: 0,
                tv_nsec: RELAY_TICK_NS,
            };
            let status = loop {
                match waitpid(child, Some(WaitPidFlag::WNOHANG)) {
                    Ok(WaitStatus::Exited(_, code)) => break Ok(code),
                    Ok(WaitStatus::Signaled(_, signal, _)) => break Err(signal as i32),
                    Ok(_) | Err(nix::errno::Errno::EINTR) => {}
                    Err(_) => break Ok(1),
                }
                if nix::unistd::getppid() != judge {
                    // prep is gone: so is its run.
                    let _ = killpg(child, Signal::SIGKILL);
                }
                // SAFETY: nanosleep is async-signal-safe; both pointers are valid or null.
                unsafe {
                    nix::libc::nanosleep(&pause, std::ptr::null_mut());
                }
            };
            let _ = killpg(child, Signal::SIGKILL);
            pass_on(status)
        }
        Ok(ForkResult::Child) => {
            let _ = nix::unistd::setpgid(Pid::from_raw(0), Pid::from_raw(0));
        }
    }
}

thread_local! {
    /// This thread's view of the process table, and the last sample it took.
    static TABLE: RefCell<(System, Option<Sample>)> = RefCell::new((System::new(), None));
}

/// One reading of a process.
#[derive(Debug, Clone, Copy)]
struct Sample {
    pid: u32,
    at: Instant,
    running: bool,
    zombie: bool,
    cpu_ms: u64,
    rss_kb: u64,
    /// The CPU time went up since the reading before.
    advanced: bool,
}

/// How long a sample answers for a process (a watchdog tick asks for CPU and memory apart).
const SAMPLE_FRESH: Duration = Duration::from_millis(1);

/// A fresh reading of a live process.
fn sample(pid: u32) -> Option<Sample> {
    TABLE.with(|table| {
        let (system, last) = &mut *table.borrow_mut();
        let previous = last.filter(|s| s.pid == pid);
        if let Some(s) = previous.filter(|s| s.at.elapsed() < SAMPLE_FRESH) {
            return Some(s);
        }
        let id = sysinfo::Pid::from_u32(pid);
        system.refresh_processes_specifics(
            ProcessesToUpdate::Some(&[id]),
            true,
            ProcessRefreshKind::nothing()
                .without_tasks()
                .with_cpu()
                .with_memory(),
        );
        let process = system.process(id)?;
        let cpu_ms = process.accumulated_cpu_time();
        let status = process.status();
        let reading = Sample {
            pid,
            at: Instant::now(),
            running: status == ProcessStatus::Run,
            zombie: status == ProcessStatus::Zombie,
            cpu_ms,
            rss_kb: process.memory() / 1024,
            advanced: previous.is_some_and(|s| cpu_ms > s.cpu_ms),
        };
        *last = Some(reading);
        Some(reading)
    })
}

/// The solution: the relay's child.
pub fn solution_pid(spawned: u32) -> u32 {
    let mut system = System::new();
    // `spawn` returned once the solution's exec happened, so the child is there already;
    // a few tries cover a process table read in the middle of a change.
    for _ in 0..20 {
        system.refresh_processes_specifics(
            ProcessesToUpdate::All,
            true,
            ProcessRefreshKind::nothing().without_tasks(),
        );
        let child = system
            .processes()
            .iter()
            .find(|(_, p)| p.parent() == Some(sysinfo::Pid::from_u32(spawned)))
            .map(|(pid, _)| pid.as_u32());
        if let Some(child) = child {
            return child;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    spawned
}

pub fn process_group(pid: u32) -> Option<u32> {
    nix::unistd::getpgid(Some(Pid::from_raw(pid as i32)))
        .ok()
        .map(|g| g.as_raw() as u32)
}

/// The state is `R` when the OS has the process running or runnable, or when its CPU time went
/// up since the reading before (the OS may report a sleeping main thread while another runs).
pub fn stat(pid: u32) -> Option<(char, u64)> {
    let s = sample(pid)?;
    let state = if s.zombie {
        'Z'
    } else if s.running || s.advanced {
        'R'
    } else {
        'S'
    };
    Some((state, s.cpu_ms))
}

pub fn cpu_ms(pid: u32) -> Option<u64> {
    sample(pid).map(|s| s.cpu_ms)
}

/// The CPU time of `root` and every process below it (the process table's parent links; a
/// process orphaned on macOS goes to launchd and is not counted).
pub fn run_cpu_ms(root: u32) -> Option<u64> {
    let mut system = System::new();
    system.refresh_processes_specifics(
        ProcessesToUpdate::All,
        true,
        ProcessRefreshKind::nothing().without_tasks().with_cpu(),
    );
    let table: Vec<(u32, u32, u64)> = system
        .processes()
        .iter()
        .map(|(pid, p)| {
            (
                pid.as_u32(),
                p.parent().map_or(0, |q| q.as_u32()),
                p.accumulated_cpu_time(),
            )
        })
        .collect();
    descendants_total(&table, root)
}

/// Threads are not read one by one here: `stat` counts a process whose CPU time went up as
/// runnable.
pub fn any_thread_runnable(_pid: u32, _last: &mut Option<u32>) -> bool {
    false
}

pub fn rss_kb(pid: u32) -> Option<u64> {
    sample(pid).map(|s| s.rss_kb)
}

/// The processes (and on Linux threads, which RLIMIT_NPROC counts there too) whose real user
/// is `uid`.
fn user_tasks(uid: u32) -> u64 {
    let mut system = System::new();
    system.refresh_processes_specifics(
        ProcessesToUpdate::All,
        true,
        ProcessRefreshKind::nothing().with_user(UpdateKind::Always),
    );
    system
        .processes()
        .values()
        .filter(|p| p.user_id().is_some_and(|u| **u == uid))
        .count() as u64
}

/// Kills every process of prep's user, started since `since`, whose cwd is in the run's
/// folder `dir` or whose environment names it as HOME or TMPDIR, until none is left (at most
/// about two seconds: a bomb may still be forking).
pub fn sweep(dir: &Path, since: SystemTime) {
    let own = std::process::id();
    let uid = nix::unistd::geteuid();
    let marks = [
        format!("HOME={}", dir.display()),
        format!("TMPDIR={}", dir.display()),
    ];
    // The process table counts start times in whole seconds.
    let since = since
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs().saturating_sub(1));
    let mut system = System::new();
    for _ in 0..200 {
        // First the start times and users of all, then folders and environments of the few
        // that started since the run did.
        system.refresh_processes_specifics(
            ProcessesToUpdate::All,
            true,
            ProcessRefreshKind::nothing()
                .without_tasks()
                .with_user(UpdateKind::Always),
        );
        let recent: Vec<sysinfo::Pid> = system
            .processes()
            .iter()
            .filter(|(pid, p)| {
                pid.as_u32() != own
                    && p.start_time() >= since
                    && p.status() != ProcessStatus::Zombie
                    && (uid.is_root() || p.user_id().is_some_and(|u| **u == uid.as_raw()))
            })
            .map(|(pid, _)| *pid)
            .collect();
        system.refresh_processes_specifics(
            ProcessesToUpdate::Some(&recent),
            true,
            ProcessRefreshKind::nothing()
                .without_tasks()
                .with_cwd(UpdateKind::Always)
                .with_environ(UpdateKind::Always),
        );
        let left: Vec<u32> = recent
            .iter()
            .filter_map(|pid| system.process(*pid))
            .filter(|p| {
                p.cwd().is_some_and(|cwd| cwd.starts_with(dir))
                    || p.environ()
                        .iter()
                        .any(|v| marks.iter().any(|m| v.as_encoded_bytes() == m.as_bytes()))
            })
            .map(|p| p.pid().as_u32())
            .collect();
        if left.is_empty() {
            return;
        }
        for pid in left {
            let _ = kill(Pid::from_raw(pid as i32), Signal::SIGKILL);
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// A run that runs nothing of the user, the way the judge runs one: a shell that waits for
/// its stdin to close, then reports its own limits, folder, parent and environment.
pub fn probe() -> io::Result<Vec<Protection>> {
    let dir = tempfile::Builder::new().prefix("prep-probe-").tempdir()?;
    let cpu_backstop_s = 7;
    // One line each, also where the shell lacks an option.
    let script = "read -r _; for o in t c n u; do echo \"$(ulimit -$o 2>/dev/null)\"; done; \
                  echo \"$PPID\"; pwd -P; env";
    let args = ["-c".into(), script.into()];
    let spec = Spec {
        program: Path::new("/bin/sh"),
        args: &args,
        dir: dir.path(),
        cpu_backstop_s,
        file_size: 1 << 20,
        address_space: None,
        stack: STACK,
        env: &[],
        cgroup_procs: None,
        memory_procs: None,
    };
    let began = SystemTime::now();
    let mut started = start(&spec)?;
    let relay = started.child.id();
    let pid = solution_pid(relay);
    let group = process_group(pid);
    let own_group = process_group(std::process::id());
    if let Some(mut stdin) = started.child.stdin.take() {
        let _ = stdin.write_all(b"\n");
    }
    let mut out = String::new();
    if let Some(mut stdout) = started.child.stdout.take() {
        let _ = stdout.read_to_string(&mut out);
    }
    let _ = started.child.wait();
    sweep(dir.path(), began);
    let lines: Vec<&str> = out.lines().collect();
    let line = |i: usize| lines.get(i).copied().unwrap_or_default();
    let environment: Vec<&str> = lines.iter().skip(6).copied().collect();
    let folder = dir.path().canonicalize().ok();
    // A shell adds a few variables of its own.
    let allowed = |name: &str| {
        ["HOME", "TMPDIR", "PWD", "OLDPWD", "SHLVL", "_"].contains(&name)
            || ENVIRONMENT.iter().any(|(k, _)| *k == name)
    };
    let own_nproc = super::own_nproc().map_or(String::new(), |n| n.to_string());
    let root = nix::unistd::geteuid().is_root();
    Ok(vec![
        protection(
            "process_group",
            group == Some(pid) && group.is_some() && group != own_group,
            "the solution runs in a process group of its own, ended as one",
        ),
        protection(
            "rlimits",
            line(0) == cpu_backstop_s.to_string()
                && line(1) == "0"
                && line(2) == OPEN_FILES.to_string(),
            "CPU backstop, no core dumps, 256 open files, file size, stack",
        ),
        protection(
            "relay",
            line(4) == relay.to_string() && relay != std::process::id(),
            "a relay stands between prep and the solution: a killed parent is the relay",
        ),
        protection(
            "fresh_home",
            folder.is_some()
                && folder.as_deref() == Some(Path::new(line(5)))
                && environment
                    .iter()
                    .any(|v| v.strip_prefix("HOME=") == dir.path().to_str()),
            "HOME, TMPDIR and the working folder are the run's own",
        ),
        protection(
            "minimal_environment",
            !environment.is_empty()
                && environment
                    .iter()
                    .all(|v| allowed(v.split('=').next().unwrap_or_default())),
            "only PATH, the locale and the runtimes' variables",
        ),
        match network_wrapper() {
            Some(_) => protection(
                "network_denied",
                !lines.is_empty(),
                "sandbox-exec with a profile that denies network",
            ),
            None => protection(
                "network_denied",
                false,
                "off: this backend has no network isolation here (sandbox-exec is macOS's)",
            ),
        },
        // Only one that prep set binds: root ignores RLIMIT_NPROC.
        protection(
            "nproc_limit",
            !root && !line(3).is_empty() && line(3) != own_nproc,
            if root {
                "off: root ignores RLIMIT_NPROC, and this backend has no pids cgroup"
            } else {
                "RLIMIT_NPROC: the user's processes now plus 64"
            },
        ),
    ])
}

/// A run's cgroups where the system has none: nothing holds the run's memory but the
/// watchdog, which polls it.
#[cfg(not(target_os = "linux"))]
#[derive(Debug, Default)]
pub struct NoCgroup {
    _none: (),
}

#[cfg(not(target_os = "linux"))]
impl NoCgroup {
    pub fn pids_procs(&self) -> Option<std::path::PathBuf> {
        None
    }
    pub fn memory_procs(&self) -> Option<std::path::PathBuf> {
        None
    }
    pub fn has_memory(&self) -> bool {
        false
    }
    pub fn reset_peak(&self) {}
    pub fn forget_peak(&self) {}
    pub fn sample(&self) {}
    pub fn peak_kb(&self) -> Option<u64> {
        None
    }
    pub fn oom_killed(&self) -> bool {
        false
    }
    pub fn at_cap(&self) -> bool {
        false
    }
    pub fn kill_all(&self) {}
}
