//! Starting a solution process under limits and ending it with everything it started.
//!
//! The child gets its own process group, a fresh working folder as cwd and HOME, a minimal
//! environment, rlimits set between fork and exec (core dumps off, file size, open files, a
//! CPU backstop, a large stack for deep recursion), `no_new_privs`, and the record channel
//! on fd 3. Further isolation (namespaces, cgroups) belongs to the hardening work.

use std::fs::File;
use std::io;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};

use nix::sys::resource::{setrlimit, Resource};
use nix::sys::signal::{killpg, Signal};
use nix::unistd::Pid;

/// What to start.
#[derive(Debug, Clone)]
pub struct Spec<'a> {
    pub program: &'a Path,
    pub args: &'a [std::ffi::OsString],
    pub dir: &'a Path,
    /// CPU seconds for the whole process: a backstop behind the per-case watchdog.
    pub cpu_backstop_s: u64,
    /// Largest file the process may write.
    pub file_size: u64,
    /// An address-space limit, for runtimes that tolerate one.
    pub address_space: Option<u64>,
    /// Variables added to the minimal environment.
    pub env: &'a [(String, String)],
    /// The `cgroup.procs` file the process joins before it starts, when runs get a cgroup.
    pub cgroup_procs: Option<&'a Path>,
}

/// A started process with its pipes.
pub struct Started {
    pub child: Child,
    pub records: File,
}

const STACK: u64 = 1 << 30;
const OPEN_FILES: u64 = 256;

/// Starts the process. Its stdin, stdout and stderr are pipes; fd 3 carries records.
pub fn start(spec: &Spec<'_>) -> io::Result<Started> {
    let (reader, writer) = io::pipe()?;
    let writer: OwnedFd = writer.into();
    let writer_fd = writer.as_raw_fd();
    let mut command = Command::new(spec.program);
    command
        .args(spec.args)
        .current_dir(spec.dir)
        .env_clear()
        .env("PATH", "/usr/local/bin:/usr/bin:/bin")
        .env("HOME", spec.dir)
        .env("TMPDIR", spec.dir)
        .env("LANG", "C.UTF-8")
        .env("LC_ALL", "C.UTF-8")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONHASHSEED", "0")
        .envs(spec.env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let cgroup = spec
        .cgroup_procs
        .map(|p| std::ffi::CString::new(p.as_os_str().as_encoded_bytes()))
        .transpose()
        .map_err(io::Error::other)?;
    let cpu = spec.cpu_backstop_s;
    let fsize = spec.file_size;
    let address_space = spec.address_space;
    #[allow(unsafe_code)]
    // SAFETY: between fork and exec the closure only makes async-signal-safe system calls
    // (setpgid, dup2, fcntl, setrlimit, prctl, unshare, open, write) and allocates nothing:
    // the cgroup path was made into a C string before the fork.
    unsafe {
        command.pre_exec(move || {
            nix::unistd::setpgid(Pid::from_raw(0), Pid::from_raw(0))?;
            if writer_fd == 3 {
                nix::fcntl::fcntl(
                    std::os::fd::BorrowedFd::borrow_raw(3),
                    nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::empty()),
                )?;
            } else {
                let raw = nix::libc::dup2(writer_fd, 3);
                if raw < 0 {
                    return Err(io::Error::last_os_error());
                }
            }
            setrlimit(Resource::RLIMIT_CORE, 0, 0)?;
            setrlimit(Resource::RLIMIT_CPU, cpu, cpu + 1)?;
            setrlimit(Resource::RLIMIT_FSIZE, fsize, fsize)?;
            setrlimit(Resource::RLIMIT_NOFILE, OPEN_FILES, OPEN_FILES)?;
            // A large stack lets deep recursion (and C recursion under lru_cache) work.
            let _ = setrlimit(Resource::RLIMIT_STACK, STACK, STACK);
            if let Some(bytes) = address_space {
                setrlimit(Resource::RLIMIT_AS, bytes, bytes)?;
            }
            let _ = nix::sys::prctl::set_no_new_privs();
            // No network: a fresh network namespace has only a loopback that is down. As an
            // ordinary user the kernel refuses, and the run goes on without it.
            let _ = nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNET);
            if let Some(procs) = &cgroup {
                // Writing 0 moves the writer itself: the run is in its cgroup before it runs.
                let fd = nix::fcntl::open(
                    procs.as_c_str(),
                    nix::fcntl::OFlag::O_WRONLY,
                    nix::sys::stat::Mode::empty(),
                )?;
                nix::unistd::write(&fd, b"0")?;
            }
            // A PID namespace of its own where the OS allows one (as root): the solution sees
            // no process outside its run, so no signal of it reaches prep, and when the run
            // ends the kernel ends every process left in it.
            if nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWPID).is_ok() {
                relay_namespace();
            }
            Ok(())
        });
    }
    let child = command.spawn()?;
    drop(writer);
    Ok(Started {
        child,
        records: File::from(OwnedFd::from(reader)),
    })
}

/// Called between fork and exec right after `unshare(CLONE_NEWPID)`, which puts the caller's
/// next child, not the caller, in the new namespace. The caller stays outside as the relay;
/// its child is the namespace's init (PID 1, which the kernel shields from signals sent
/// inside the namespace); the init's child returns from here to exec the solution as PID 2.
/// The relay and the init close every inherited file (so neither holds a pipe of the run,
/// nor the exec-status pipe `spawn` waits on) and pass on how the solution ended: an exit
/// status as it is, a signal as the relay's own death by it.
///
/// Only async-signal-safe calls: fork, waitpid, close, signal, kill, _exit.
#[allow(unsafe_code)]
fn relay_namespace() {
    use nix::sys::wait::{waitpid, WaitStatus};
    use nix::unistd::{fork, ForkResult};

    fn exit_now(code: i32) -> ! {
        // SAFETY: _exit ends the process at once, running nothing of this one.
        unsafe { nix::libc::_exit(code) }
    }
    fn close_inherited() {
        for fd in 0..OPEN_FILES as i32 {
            let _ = nix::unistd::close(fd);
        }
    }
    /// The status of `child`: `Ok(code)` for an exit, `Err(signal)` for a death by signal.
    fn wait_for(child: Pid) -> Result<i32, i32> {
        loop {
            match waitpid(child, None) {
                Ok(WaitStatus::Exited(_, code)) => return Ok(code),
                Ok(WaitStatus::Signaled(_, signal, _)) => return Err(signal as i32),
                Err(nix::errno::Errno::EINTR) | Ok(_) => {}
                Err(_) => return Ok(1),
            }
        }
    }
    // SAFETY: fork in a single-threaded child between fork and exec; each side then makes
    // only async-signal-safe calls.
    match unsafe { fork() } {
        Err(_) => exit_now(1),
        Ok(ForkResult::Parent { child }) => {
            close_inherited();
            match wait_for(child) {
                // The init reports a death by signal as 128 + the signal.
                Ok(code) if code > 128 && code < 128 + 65 => {
                    if let Ok(signal) = Signal::try_from(code - 128) {
                        // SAFETY: restoring the default action is async-signal-safe.
                        let _ = unsafe {
                            nix::sys::signal::signal(signal, nix::sys::signal::SigHandler::SigDfl)
                        };
                        let _ = nix::sys::signal::raise(signal);
                    }
                    exit_now(code)
                }
                Ok(code) => exit_now(code),
                Err(signal) => exit_now(128 + signal),
            }
        }
        Ok(ForkResult::Child) => {}
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

/// Whether runs get a PID namespace of their own here (for `prep doctor`).
pub fn pid_namespace_available() -> bool {
    let mut command = Command::new("/bin/sh");
    command
        .args(["-c", "exit 0"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[allow(unsafe_code)]
    // SAFETY: unshare is a plain system call; nothing is allocated between fork and exec.
    unsafe {
        command.pre_exec(|| {
            nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWPID)?;
            Ok(())
        });
    }
    command.status().is_ok_and(|s| s.success())
}

/// Kills the whole process group of a started child.
pub fn kill_group(pid: u32) {
    let _ = killpg(Pid::from_raw(pid as i32), Signal::SIGKILL);
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
    let mut state = fields.first()?.chars().next()?;
    if state != 'R' && any_thread_runnable(pid) {
        // A JVM's first thread waits in `join` while another runs the cases.
        state = 'R';
    }
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some((state, (utime + stime) * 1000 / ticks_per_second()))
}

/// Whether any thread of the process is runnable (`/proc/<pid>/task/*/stat`).
fn any_thread_runnable(pid: u32) -> bool {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return false;
    };
    tasks.flatten().any(|task| {
        std::fs::read_to_string(task.path().join("stat")).is_ok_and(|stat| {
            stat.rfind(')')
                .and_then(|i| stat.get(i + 2..i + 3))
                .is_some_and(|s| s == "R")
        })
    })
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

/// The name of a signal number, such as `SIGSEGV`.
pub fn signal_name(signal: i32) -> String {
    Signal::try_from(signal).map_or_else(|_| format!("signal {signal}"), |s| s.as_str().to_string())
}

/// Whether runs get a network namespace of their own here (for `prep doctor`).
pub fn network_isolation_available() -> bool {
    let mut command = Command::new("/bin/sh");
    command
        .args(["-c", "exit 0"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[allow(unsafe_code)]
    // SAFETY: unshare is a plain system call; nothing is allocated between fork and exec.
    unsafe {
        command.pre_exec(|| {
            nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNET)?;
            Ok(())
        });
    }
    command.status().is_ok_and(|s| s.success())
}
