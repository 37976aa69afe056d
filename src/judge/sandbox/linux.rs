//! Starting a solution process under limits and ending it with everything it started.
//!
//! The child gets its own process group, a fresh working folder as cwd and HOME, a minimal
//! environment, rlimits set between fork and exec (core dumps off, file size, open files, a
//! CPU backstop, a large stack for deep recursion), `no_new_privs`, and the record channel
//! on fd 3. Where the OS allows (as root): a network namespace, a PID namespace, and the run's
//! cgroups (`cgroup.rs`). As an ordinary user, RLIMIT_NPROC bounds the run's processes, and a
//! relay that is a child subreaper ends whatever the solution left behind (see
//! `relay_subreaper`). Either way a run dies with the prep thread that started it.

use std::io;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;

use nix::sys::resource::{setrlimit, Resource};
use nix::sys::signal::Signal;
use nix::unistd::Pid;

use super::{
    close_inherited, descendants_total, enter_group, exit_now, kill_group, pass_on, wait_for,
    Rlimits, Spec, Started, ENVIRONMENT, NPROC_BUDGET, OPEN_FILES, STACK,
};

#[path = "cgroup2.rs"]
pub mod cgroup2;
#[path = "probe.rs"]
mod probe;
#[path = "userns.rs"]
pub mod userns;

pub use probe::probe;

/// Starts the process. Its stdin, stdout and stderr are pipes; fd 3 carries records.
pub fn start(spec: &Spec<'_>) -> io::Result<Started> {
    let (reader, writer) = io::pipe()?;
    let writer: OwnedFd = writer.into();
    let writer_fd = writer.as_raw_fd();
    let mut command = super::command(spec, &[]);
    let c_path = |p: Option<&Path>| {
        p.map(|p| std::ffi::CString::new(p.as_os_str().as_encoded_bytes()))
            .transpose()
            .map_err(io::Error::other)
    };
    let cgroup = c_path(spec.cgroup_procs)?;
    let memory = c_path(spec.memory_procs)?;
    // Counted before the spawn: the run may add its budget to what the user runs now.
    let (uid, euid) = ids();
    let nproc = (euid != 0).then(|| user_tasks(uid) + NPROC_BUDGET);
    let limits = Rlimits::of(spec, nproc);
    // An ordinary user's run gets a user namespace of its own, for the network and PID
    // namespaces (root makes them without one).
    let maps = (euid != 0).then(userns::Maps::own);
    let judge = nix::unistd::getpid();
    #[allow(unsafe_code)]
    // SAFETY: between fork and exec the closure only makes async-signal-safe system calls
    // (setpgid, dup2, fcntl, setrlimit, prctl, unshare, open, write, fork, waitpid, kill)
    // and allocates nothing: the cgroup paths and the namespace's maps were made before the
    // fork.
    unsafe {
        command.pre_exec(move || {
            enter_group(writer_fd, &limits)?;
            let _ = nix::sys::prctl::set_no_new_privs();
            // The cgroups are joined, or opened to join later, before any namespace: what
            // may write to them is decided as prep itself.
            if let Some(procs) = &cgroup {
                join(procs)?;
            }
            let memory = match &memory {
                Some(procs) => Some(nix::fcntl::open(
                    procs.as_c_str(),
                    nix::fcntl::OFlag::O_WRONLY | nix::fcntl::OFlag::O_CLOEXEC,
                    nix::sys::stat::Mode::empty(),
                )?),
                None => None,
            };
            if let Some(maps) = &maps {
                if userns::enter(maps).is_ok() {
                    // Inside its own user namespace the run's tasks are counted apart from
                    // the user's others (which the limit above still bounds, outside).
                    setrlimit(Resource::RLIMIT_NPROC, NPROC_BUDGET, NPROC_BUDGET)?;
                }
            }
            // No network: a fresh network namespace has only a loopback that is down. Where
            // the kernel refuses (an ordinary user without a user namespace), the run goes
            // on without it.
            let _ = nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNET);
            // A PID namespace of its own where the OS allows one: the solution sees no
            // process outside its run, so no signal of it reaches prep, and when the run
            // ends the kernel ends every process left in it. Elsewhere a relay that adopts
            // and ends what the solution leaves behind.
            if nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWPID).is_ok() {
                relay_namespace(judge);
            } else {
                relay_subreaper();
            }
            if let Some(fd) = memory {
                nix::unistd::write(&fd, b"0")?;
            }
            Ok(())
        });
    }
    super::spawn(command, writer, reader)
}

/// Moves the calling process into a cgroup (writing 0 moves the writer itself).
fn join(procs: &std::ffi::CStr) -> io::Result<()> {
    let fd = nix::fcntl::open(
        procs,
        nix::fcntl::OFlag::O_WRONLY,
        nix::sys::stat::Mode::empty(),
    )?;
    nix::unistd::write(&fd, b"0")?;
    Ok(())
}

/// Called between fork and exec where no PID namespace can be made (as an ordinary user).
/// The caller stays as the relay: a child subreaper, so every process the solution orphans
/// (a daemonised grandchild that left the process group with `setsid`) becomes its child;
/// when the solution ends, the relay kills and reaps all of them, then ends as the solution
/// did. The relay's child returns from here to exec the solution in a process group of its
/// own (the one the judge kills), with the relay's death as its own (`PR_SET_PDEATHSIG`):
/// a solution that kills its parent, the relay, ends its run instead of reaching prep. The
/// relay dies with the judge's thread the same way.
///
/// Only async-signal-safe calls: prctl, fork, setpgid, waitpid, open, read, kill, close,
/// nanosleep, _exit.
#[allow(unsafe_code)]
fn relay_subreaper() {
    use nix::unistd::{fork, ForkResult};
    let _ = nix::sys::prctl::set_child_subreaper(true);
    let _ = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL);
    let relay = nix::unistd::getpid();
    // SAFETY: fork in a single-threaded child between fork and exec; each side then makes
    // only async-signal-safe calls.
    match unsafe { fork() } {
        Err(_) => exit_now(1),
        Ok(ForkResult::Parent { child }) => {
            // Both sides set the group, so it is set before either goes on.
            let _ = nix::unistd::setpgid(child, child);
            close_inherited();
            let status = wait_for(child);
            end_adopted();
            pass_on(status)
        }
        Ok(ForkResult::Child) => {
            let _ = nix::unistd::setpgid(Pid::from_raw(0), Pid::from_raw(0));
            let _ = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL);
            if nix::unistd::getppid() != relay {
                // The relay died before the death signal was armed.
                exit_now(1);
            }
        }
    }
}

/// Kills and reaps the relay's children (orphans it adopted) until it has none, for at most
/// about three seconds.
fn end_adopted() {
    use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
    let children = c"/proc/thread-self/children";
    for _ in 0..3000 {
        if let Ok(fd) = nix::fcntl::open(
            children,
            nix::fcntl::OFlag::O_RDONLY,
            nix::sys::stat::Mode::empty(),
        ) {
            let mut buf = [0u8; 4096];
            let mut pid: i32 = 0;
            loop {
                match nix::unistd::read(&fd, &mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        for &b in &buf[..n] {
                            if b.is_ascii_digit() {
                                pid = pid.saturating_mul(10).saturating_add(i32::from(b - b'0'));
                            } else if pid > 0 {
                                let _ = nix::sys::signal::kill(Pid::from_raw(pid), Signal::SIGKILL);
                                pid = 0;
                            }
                        }
                    }
                }
            }
            if pid > 0 {
                let _ = nix::sys::signal::kill(Pid::from_raw(pid), Signal::SIGKILL);
            }
        }
        loop {
            match waitpid(None, Some(WaitPidFlag::WNOHANG)) {
                Ok(WaitStatus::StillAlive) => break,
                Err(nix::errno::Errno::ECHILD) => return,
                Ok(_) | Err(nix::errno::Errno::EINTR) => {}
                Err(_) => return,
            }
        }
        let pause = nix::libc::timespec {
            tv_sec: 0,
            tv_nsec: 1_000_000,
        };
        // SAFETY: nanosleep is async-signal-safe; both pointers are valid or null.
        #[allow(unsafe_code)]
        unsafe {
            nix::libc::nanosleep(&pause, std::ptr::null_mut());
        }
    }
}

/// Called between fork and exec right after `unshare(CLONE_NEWPID)`, which puts the caller's
/// next child, not the caller, in the new namespace. The caller stays outside as the relay;
/// its child is the namespace's init (PID 1, which the kernel shields from signals sent
/// inside the namespace); the init's child returns from here to exec the solution as PID 2.
/// The relay and the init close every inherited file (so neither holds a pipe of the run,
/// nor the exec-status pipe `spawn` waits on) and pass on how the solution ended: an exit
/// status as it is, a signal as the relay's own death by it. Each dies with its parent
/// (`PR_SET_PDEATHSIG`): when prep is killed or interrupted mid-run, the relay dies, then the
/// init, and with the init the kernel ends every process of the namespace.
///
/// Only async-signal-safe calls: prctl, fork, waitpid, close, signal, kill, _exit.
#[allow(unsafe_code)]
fn relay_namespace(judge: Pid) {
    use nix::unistd::{fork, ForkResult};
    let _ = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL);
    if nix::unistd::getppid() != judge {
        // prep died before the death signal was armed.
        exit_now(1);
    }
    // SAFETY: fork in a single-threaded child between fork and exec; each side then makes
    // only async-signal-safe calls.
    match unsafe { fork() } {
        Err(_) => exit_now(1),
        Ok(ForkResult::Parent { child }) => {
            close_inherited();
            match wait_for(child) {
                // The init reports a death by signal as 128 + the signal.
                Ok(code) if code > 128 && code < 128 + 65 => pass_on(Err(code - 128)),
                status => pass_on(status),
            }
        }
        Ok(ForkResult::Child) => {
            // The relay is outside the namespace, out of sight, so its death cannot be
            // checked for here as it is above: should it die before this line, the next
            // prep sweeps the run's cgroup.
            let _ = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL);
        }
    }
    // PID 1 of the namespace.
    // SAFETY: as above.
    match unsafe { fork() } {
        Err(_) => exit_now(1),
        Ok(ForkResult::Parent { child }) => {
            close_inherited();
            match wait_for(child) {
                Ok(code) => exit_now(code),
                Err(signal) => exit_now(128 + signal),
            }
        }
        Ok(ForkResult::Child) => {}
    }
}

/// The process that runs the solution, given the one `spawn` started: the same one, or, when
/// the run has a PID namespace, the grandchild behind its relay and init (which never exec
/// and so still show prep's own executable).
pub fn solution_pid(spawned: u32) -> u32 {
    let own = std::env::current_exe().ok();
    let exe = |pid: u32| std::fs::read_link(format!("/proc/{pid}/exe")).ok();
    let mut pid = spawned;
    for _ in 0..2 {
        if own.is_none() || exe(pid) != own {
            return pid;
        }
        let children =
            std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap_or_default();
        match children
            .split_whitespace()
            .next()
            .and_then(|c| c.parse().ok())
        {
            Some(child) => pid = child,
            None => return pid,
        }
    }
    pid
}

/// prep's real and effective user ids.
pub(crate) fn ids() -> (u32, u32) {
    (
        nix::unistd::getuid().as_raw(),
        nix::unistd::geteuid().as_raw(),
    )
}

/// The tasks (processes and threads, as RLIMIT_NPROC counts them) whose real user is `uid`.
fn user_tasks(uid: u32) -> u64 {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return 0;
    };
    let mut tasks = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.as_encoded_bytes().iter().all(u8::is_ascii_digit) {
            continue;
        }
        let Ok(status) = std::fs::read_to_string(entry.path().join("status")) else {
            continue;
        };
        let field = |key: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(key))
                .and_then(|v| v.split_whitespace().next())
                .and_then(|v| v.parse::<u64>().ok())
        };
        if field("Uid:") == Some(u64::from(uid)) {
            tasks += field("Threads:").unwrap_or(1);
        }
    }
    tasks
}

/// The process group of a live process.
pub fn process_group(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    // After the command: state, ppid, pgrp.
    rest.split(' ').nth(2)?.parse().ok()
}

/// CPU time (user + system) of a live process, in milliseconds.
pub fn cpu_ms(pid: u32) -> Option<u64> {
    stat(pid).map(|(_, cpu)| cpu)
}

/// A live process's state letter (`R` running or runnable, `S` sleeping, ...) and its CPU
/// time in milliseconds.
pub fn stat(pid: u32) -> Option<(char, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    // After the command: state is field 3, utime 14 and stime 15 (1-based, as proc(5) counts).
    let state = fields.first()?.chars().next()?;
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some((state, (utime + stime) * 1000 / ticks_per_second()))
}

/// CPU time (user + system, with that of reaped children) of `root` and every process below
/// it, in milliseconds: the whole run when `root` is the relay `start` spawned (a subreaper,
/// or the parent of the PID namespace's init, so nothing the run forks leaves its tree). A
/// fork bomb's CPU is in its children; the solution's own counter sees little of it.
pub fn run_cpu_ms(root: u32) -> Option<u64> {
    let entries = std::fs::read_dir("/proc").ok()?;
    // (pid, parent, cpu ticks) of every process.
    let mut table: Vec<(u32, u32, u64)> = Vec::new();
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        let Some(rest) = stat.rfind(')').and_then(|i| stat.get(i + 2..)) else {
            continue;
        };
        let fields: Vec<&str> = rest.split(' ').collect();
        // After the command: ppid is field 4; utime, stime, cutime, cstime 14 to 17.
        let number = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok());
        let (Some(parent), Some(cpu)) = (number(1), (11..=14).map(number).sum::<Option<u64>>())
        else {
            continue;
        };
        table.push((pid, parent as u32, cpu));
    }
    let ticks = descendants_total(&table, root)?;
    Some(ticks * 1000 / ticks_per_second())
}

/// Whether any thread of the process is runnable (`/proc/<pid>/task/*/stat`): a JVM's first
/// thread waits in `join` while another runs the cases. `last` is the thread found runnable
/// the time before, read first, so that a watchdog tick costs one read, not one a thread.
pub fn any_thread_runnable(pid: u32, last: &mut Option<u32>) -> bool {
    let runnable = |tid: u32| {
        std::fs::read_to_string(format!("/proc/{pid}/task/{tid}/stat")).is_ok_and(|stat| {
            stat.rfind(')')
                .and_then(|i| stat.get(i + 2..i + 3))
                .is_some_and(|s| s == "R")
        })
    };
    if last.is_some_and(runnable) {
        return true;
    }
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return false;
    };
    *last = tasks
        .flatten()
        .filter_map(|task| task.file_name().to_str()?.parse().ok())
        .find(|&tid| runnable(tid));
    last.is_some()
}

fn ticks_per_second() -> u64 {
    nix::unistd::sysconf(nix::unistd::SysconfVar::CLK_TCK)
        .ok()
        .flatten()
        .map_or(100, |t| t as u64)
}

/// Resident memory of a live process, in KiB.
pub fn rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}
