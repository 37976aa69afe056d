//! Starting a solution process under limits and ending it with everything it started.
//!
//! Two backends, chosen once per prep process (`Backend::current`):
//! - `linux.rs` (Linux only): namespaces, cgroups (`../cgroup.rs`), a subreaper relay, `/proc`;
//! - `portable.rs` (every Unix; the only one on macOS, and `PREP_SANDBOX=portable` on Linux):
//!   a process group, rlimits, a relay between prep and the solution, the OS's process table
//!   (through `sysinfo`) for CPU, memory and leftovers, and `sandbox-exec` on macOS.
//!
//! The judge (`run.rs`) calls only what this module exports, the same on every system.

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
pub use linux::cgroup2;
mod portable;

use std::ffi::OsStr;
use std::fs::File;
use std::io;
use std::os::fd::RawFd;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;

use nix::sys::resource::{getrlimit, setrlimit, Resource};
use nix::sys::signal::{killpg, Signal};
use nix::unistd::Pid;
use serde::Serialize;

/// The variable that picks the backend.
pub const BACKEND_VARIABLE: &str = "PREP_SANDBOX";

/// Which backend judges in this prep process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Namespaces, cgroups, a subreaper relay and `/proc`.
    #[cfg(target_os = "linux")]
    Linux,
    /// A process group, rlimits, a relay and the OS's process table; `sandbox-exec` on macOS.
    Portable,
}

impl Backend {
    /// The backend of this process: `PREP_SANDBOX` (`linux` or `portable`) where set, else
    /// the system's own. A value that names no backend here is said once on stderr, and the
    /// system's own is used.
    pub fn current() -> Backend {
        static CURRENT: OnceLock<Backend> = OnceLock::new();
        *CURRENT.get_or_init(|| {
            let value = std::env::var(BACKEND_VARIABLE).unwrap_or_default();
            Backend::named(&value).unwrap_or_else(|| {
                eprintln!(
                    "prep: {BACKEND_VARIABLE}={value} names no judge backend here ({}); using {}",
                    Backend::ALL
                        .iter()
                        .map(|b| b.name())
                        .collect::<Vec<_>>()
                        .join(", "),
                    Backend::native().name()
                );
                Backend::native()
            })
        })
    }

    /// Every backend this system has, its own first.
    #[cfg(target_os = "linux")]
    pub const ALL: &[Backend] = &[Backend::Linux, Backend::Portable];
    /// Every backend this system has, its own first.
    #[cfg(not(target_os = "linux"))]
    pub const ALL: &[Backend] = &[Backend::Portable];

    /// The backend of `PREP_SANDBOX`'s value (empty: the system's own).
    pub fn named(value: &str) -> Option<Backend> {
        if value.is_empty() {
            return Some(Backend::native());
        }
        Backend::ALL.iter().copied().find(|b| b.name() == value)
    }

    fn native() -> Backend {
        Backend::ALL[0]
    }

    pub fn name(self) -> &'static str {
        match self {
            #[cfg(target_os = "linux")]
            Backend::Linux => "linux",
            Backend::Portable => "portable",
        }
    }

    /// What the backend does for every run, in a sentence (for `prep doctor`).
    pub fn summary(self) -> &'static str {
        match self {
            #[cfg(target_os = "linux")]
            Backend::Linux => {
                "a process group, rlimits and no_new_privs; network and PID namespaces (for an \
                 ordinary user inside a user namespace of its own, where the kernel allows one, \
                 else RLIMIT_NPROC and a subreaper relay); pids and memory cgroups (v1, or v2 \
                 through a delegated systemd scope) where they can be written"
            }
            Backend::Portable => portable::SUMMARY,
        }
    }
}

/// Calls the current backend's function of the same name.
macro_rules! dispatch {
    ($(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty) => {
        $(#[$doc])*
        pub fn $name($($arg: $ty),*) -> $ret {
            match Backend::current() {
                #[cfg(target_os = "linux")]
                Backend::Linux => linux::$name($($arg),*),
                Backend::Portable => portable::$name($($arg),*),
            }
        }
    };
}

dispatch! {
    /// Starts the process. Its stdin, stdout and stderr are pipes; fd 3 carries records.
    fn start(spec: &Spec<'_>) -> io::Result<Started>
}
dispatch! {
    /// The process that runs the solution, given the one `start` spawned (a relay).
    fn solution_pid(spawned: u32) -> u32
}
dispatch! {
    /// The process group of a live process.
    fn process_group(pid: u32) -> Option<u32>
}
dispatch! {
    /// A live process's state letter (`R` running or runnable, `S` sleeping, ...) and its CPU
    /// time (user + system) in milliseconds.
    fn stat(pid: u32) -> Option<(char, u64)>
}
dispatch! {
    /// CPU time (user + system) of a live process, in milliseconds.
    fn cpu_ms(pid: u32) -> Option<u64>
}
dispatch! {
    /// CPU time of the whole run in milliseconds: `root` (the process `start` spawned) and
    /// every process below it, which a bomb's children are.
    fn run_cpu_ms(root: u32) -> Option<u64>
}
dispatch! {
    /// Whether another thread of the process is runnable (a JVM's case thread); `last` is
    /// the backend's memory of the thread found the time before.
    fn any_thread_runnable(pid: u32, last: &mut Option<u32>) -> bool
}
dispatch! {
    /// Resident memory of a live process, in KiB.
    fn rss_kb(pid: u32) -> Option<u64>
}
/// Ends what a run left behind once its relay is gone, where the backend has nothing else
/// that does (the portable one; `dir` is the run's folder: its cwd, HOME and TMPDIR; `since`
/// is when the run started).
pub fn sweep(dir: &Path, since: std::time::SystemTime) {
    if Backend::current() == Backend::Portable {
        portable::sweep(dir, since);
    }
}
dispatch! {
    /// What a run really gets here, seen from a live probe run (for `prep doctor`): each
    /// protection of the backend and whether it is in force.
    fn probe() -> io::Result<Vec<Protection>>
}

/// The run's cgroups (Linux backend) or none; dropping it ends what is left in them.
#[cfg(target_os = "linux")]
pub use super::cgroup::RunCgroup as Cgroup;
#[cfg(not(target_os = "linux"))]
pub use portable::NoCgroup as Cgroup;

/// The cgroups of a new run, with the hard memory cap `memory_cap` (bytes), where the backend
/// uses them.
pub fn cgroup(#[allow(unused)] memory_cap: u64) -> Cgroup {
    match Backend::current() {
        #[cfg(target_os = "linux")]
        Backend::Linux => Cgroup::create(memory_cap),
        Backend::Portable => Cgroup::default(),
    }
}

/// One protection of a run, as `prep doctor` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Protection {
    #[serde(skip)]
    pub name: &'static str,
    /// Whether a run has it here, for the user prep runs as.
    pub on: bool,
    /// The way it is had when on; why it is off, and what stands in, when off.
    pub how: String,
}

pub(crate) fn protection(name: &'static str, on: bool, how: impl Into<String>) -> Protection {
    Protection {
        name,
        on,
        how: how.into(),
    }
}

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
    /// The stack limit (bytes): the main thread's stack, and glibc's default for threads.
    pub stack: u64,
    /// Variables added to the minimal environment.
    pub env: &'a [(String, String)],
    /// The pids cgroup's `cgroup.procs`, joined first (the relays count against its budget).
    pub cgroup_procs: Option<&'a Path>,
    /// The memory cgroup's `cgroup.procs`, joined by the solution's process alone, right
    /// before its exec: nothing of the judge (the relays are copies of prep) is charged to it.
    pub memory_procs: Option<&'a Path>,
}

/// A started process with its pipes.
pub struct Started {
    pub child: Child,
    pub records: File,
}

/// The largest stack a run gets: deep recursion (and C recursion under `lru_cache`) needs a
/// large one, but never more than the memory limit (see `run.rs`).
pub const STACK: u64 = 1 << 30;
pub const OPEN_FILES: u64 = 256;
/// Processes and threads a run may add to what its user already has, where RLIMIT_NPROC is
/// what bounds them (not as root: root ignores it, and the pids cgroup does the job).
pub const NPROC_BUDGET: u64 = 64;
/// A UTF-8 locale every system of the backend has (macOS has no `C.UTF-8` before 13).
const LOCALE: &str = if cfg!(target_os = "macos") {
    "en_US.UTF-8"
} else {
    "C.UTF-8"
};
/// The run's environment, besides HOME and TMPDIR (its folder) and `Program::env`.
pub const ENVIRONMENT: [(&str, &str); 6] = [
    ("PATH", "/usr/local/bin:/usr/bin:/bin"),
    ("LANG", LOCALE),
    ("LC_ALL", LOCALE),
    ("PYTHONIOENCODING", "utf-8"),
    ("PYTHONDONTWRITEBYTECODE", "1"),
    ("PYTHONHASHSEED", "0"),
];

/// Kills the whole process group of a started child.
/// The sum of the third column over `root` and its descendants in a table of (pid, parent,
/// value) rows, or None when `root` is not in it.
pub(crate) fn descendants_total(table: &[(u32, u32, u64)], root: u32) -> Option<u64> {
    let mut children: std::collections::HashMap<u32, Vec<usize>> = Default::default();
    for (i, row) in table.iter().enumerate() {
        children.entry(row.1).or_default().push(i);
    }
    let mut total = table.iter().find(|row| row.0 == root)?.2;
    let mut stack = vec![root];
    while let Some(pid) = stack.pop() {
        for &i in children.get(&pid).into_iter().flatten() {
            // pid 0 is the kernel's parent of 1 and 2: never walk back up to it.
            if table[i].0 != pid {
                total += table[i].2;
                stack.push(table[i].0);
            }
        }
    }
    Some(total)
}

pub fn kill_group(pid: u32) {
    let _ = killpg(Pid::from_raw(pid as i32), Signal::SIGKILL);
}

/// The name of a signal number, such as `SIGSEGV`.
pub fn signal_name(signal: i32) -> String {
    Signal::try_from(signal).map_or_else(|_| format!("signal {signal}"), |s| s.as_str().to_string())
}

/// The memory an ELF executable's loadable segments take (its code, data and static
/// arrays), which the kernel maps at exec: past an address-space limit the exec fails (after
/// its point of no return, as a SIGSEGV). `None` when the file is not a 64-bit ELF.
pub fn image_size(path: &Path) -> Option<u64> {
    use std::io::Read;
    let mut head = Vec::new();
    File::open(path)
        .ok()?
        .take(64 << 10)
        .read_to_end(&mut head)
        .ok()?;
    if head.get(..5)? != b"\x7fELF\x02" || head.get(5)? != &1 {
        return None;
    }
    let u16_at = |i: usize| Some(u16::from_le_bytes(head.get(i..i + 2)?.try_into().ok()?));
    let u32_at = |i: usize| Some(u32::from_le_bytes(head.get(i..i + 4)?.try_into().ok()?));
    let u64_at = |i: usize| Some(u64::from_le_bytes(head.get(i..i + 8)?.try_into().ok()?));
    let phoff = usize::try_from(u64_at(0x20)?).ok()?;
    let phentsize = usize::from(u16_at(0x36)?);
    let phnum = usize::from(u16_at(0x38)?);
    let mut total: u64 = 0;
    for i in 0..phnum {
        let at = phoff + i * phentsize;
        // PT_LOAD
        if u32_at(at)? == 1 {
            total = total.saturating_add(u64_at(at + 0x28)?);
        }
    }
    Some(total)
}

fn exit_now(code: i32) -> ! {
    // SAFETY: _exit ends the process at once, running nothing of this one.
    #[allow(unsafe_code)]
    unsafe {
        nix::libc::_exit(code)
    }
}

/// Closes every file a relay inherited (prep's own files are close-on-exec, but a relay never
/// execs): it must hold no pipe of this run or of another one prep runs at the same time.
fn close_inherited() {
    #[cfg(target_os = "linux")]
    // SAFETY: close_range is a plain system call.
    #[allow(unsafe_code)]
    let closed = unsafe { nix::libc::syscall(nix::libc::SYS_close_range, 0u32, u32::MAX, 0u32) };
    #[cfg(not(target_os = "linux"))]
    let closed = -1;
    if closed != 0 {
        for fd in 0..4096 {
            let _ = nix::unistd::close(fd);
        }
    }
}

/// The status of `child`: `Ok(code)` for an exit, `Err(signal)` for a death by signal. Other
/// children that end meanwhile (orphans a subreaper adopted) are reaped on the way.
#[cfg(target_os = "linux")]
fn wait_for(child: Pid) -> Result<i32, i32> {
    use nix::sys::wait::{waitpid, WaitStatus};
    loop {
        match waitpid(None, None) {
            Ok(WaitStatus::Exited(pid, code)) if pid == child => return Ok(code),
            Ok(WaitStatus::Signaled(pid, signal, _)) if pid == child => return Err(signal as i32),
            Err(nix::errno::Errno::EINTR) | Ok(_) => {}
            Err(_) => return Ok(1),
        }
    }
}

/// Ends the relay the way the solution ended: an exit status as it is, a signal as the
/// relay's own death by it.
fn pass_on(status: Result<i32, i32>) -> ! {
    match status {
        Ok(code) => exit_now(code),
        Err(signal) => {
            if let Ok(signal) = Signal::try_from(signal) {
                // SAFETY: restoring the default action is async-signal-safe.
                #[allow(unsafe_code)]
                let _ = unsafe {
                    nix::sys::signal::signal(signal, nix::sys::signal::SigHandler::SigDfl)
                };
                let mut set = nix::sys::signal::SigSet::empty();
                set.add(signal);
                let _ = set.thread_unblock();
                let _ = nix::sys::signal::raise(signal);
            }
            exit_now(128 + signal)
        }
    }
}

/// The command of a run: `wrapper` (a program and its arguments, such as `sandbox-exec`'s,
/// or nothing) then the program, in its folder (also HOME and TMPDIR) with the minimal
/// environment, and stdin, stdout and stderr piped.
fn command(spec: &Spec<'_>, wrapper: &[&OsStr]) -> Command {
    let mut command = match wrapper.split_first() {
        Some((first, rest)) => {
            let mut command = Command::new(first);
            command.args(rest).arg(spec.program);
            command
        }
        None => Command::new(spec.program),
    };
    command
        .args(spec.args)
        .current_dir(spec.dir)
        .env_clear()
        .envs(ENVIRONMENT)
        .env("HOME", spec.dir)
        .env("TMPDIR", spec.dir)
        .envs(spec.env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// Spawns `command`, whose fd 3 gets `writer` between fork and exec, and closes prep's copy
/// of `writer`: `reader` then ends when the run's last holder of fd 3 does.
fn spawn(
    mut command: Command,
    writer: std::os::fd::OwnedFd,
    reader: io::PipeReader,
) -> io::Result<Started> {
    let child = command.spawn()?;
    drop(writer);
    Ok(Started {
        child,
        records: File::from(std::os::fd::OwnedFd::from(reader)),
    })
}

/// Between fork and exec, first: a process group of its own, the record pipe on fd 3, the
/// rlimits. Async-signal-safe.
fn enter_group(writer_fd: RawFd, limits: &Rlimits) -> io::Result<()> {
    nix::unistd::setpgid(Pid::from_raw(0), Pid::from_raw(0))?;
    records_on_fd3(writer_fd)?;
    limits.apply()
}

/// Between fork and exec: puts the record pipe's writing end on fd 3, left open across exec.
/// Async-signal-safe (fcntl, dup2).
fn records_on_fd3(writer_fd: RawFd) -> io::Result<()> {
    if writer_fd == 3 {
        // SAFETY: fd 3 is the pipe's writing end, open for the whole call.
        #[allow(unsafe_code)]
        let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(3) };
        nix::fcntl::fcntl(
            fd,
            nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::empty()),
        )?;
    } else {
        // SAFETY: dup2 is a plain system call on two fd numbers.
        #[allow(unsafe_code)]
        let raw = unsafe { nix::libc::dup2(writer_fd, 3) };
        if raw < 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// The rlimits of a run, set between fork and exec by `apply`.
#[derive(Debug, Clone, Copy)]
struct Rlimits {
    /// CPU seconds (the soft limit; the hard one is a second above).
    cpu: u64,
    file_size: u64,
    stack: u64,
    address_space: Option<u64>,
    /// Processes (and on Linux threads) of the user, where RLIMIT_NPROC is what bounds them.
    nproc: Option<u64>,
}

impl Rlimits {
    /// The limits `spec` asks for, with this RLIMIT_NPROC.
    fn of(spec: &Spec<'_>, nproc: Option<u64>) -> Rlimits {
        Rlimits {
            cpu: spec.cpu_backstop_s,
            file_size: spec.file_size,
            stack: spec.stack,
            address_space: spec.address_space,
            nproc,
        }
    }

    /// Core dumps off, then each limit. Async-signal-safe (getrlimit, setrlimit).
    fn apply(&self) -> io::Result<()> {
        setrlimit(Resource::RLIMIT_CORE, 0, 0)?;
        setrlimit(Resource::RLIMIT_CPU, self.cpu, self.cpu + 1)?;
        setrlimit(Resource::RLIMIT_FSIZE, self.file_size, self.file_size)?;
        setrlimit(Resource::RLIMIT_NOFILE, OPEN_FILES, OPEN_FILES)?;
        // A large stack lets deep recursion (and C recursion under lru_cache) work; where the
        // hard limit is lower (macOS: 64 MiB), as much as it allows.
        if setrlimit(Resource::RLIMIT_STACK, self.stack, self.stack).is_err() {
            if let Ok((_, hard)) = getrlimit(Resource::RLIMIT_STACK) {
                let _ = setrlimit(Resource::RLIMIT_STACK, self.stack.min(hard), hard);
            }
        }
        if let Some(bytes) = self.address_space {
            setrlimit(Resource::RLIMIT_AS, bytes, bytes)?;
        }
        if let Some(tasks) = self.nproc {
            set_nproc(tasks)?;
        }
        Ok(())
    }
}

/// Sets RLIMIT_NPROC, soft and hard (nix names it on Linux only; libc on every Unix).
/// Async-signal-safe (setrlimit).
fn set_nproc(tasks: u64) -> io::Result<()> {
    let limit = nix::libc::rlimit {
        rlim_cur: tasks,
        rlim_max: tasks,
    };
    // SAFETY: setrlimit reads the struct, which lives for the whole call.
    #[allow(unsafe_code)]
    let set = unsafe { nix::libc::setrlimit(nix::libc::RLIMIT_NPROC, &limit) };
    if set != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// prep's own soft RLIMIT_NPROC.
fn own_nproc() -> Option<u64> {
    let mut limit = nix::libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes the struct, which lives for the whole call.
    #[allow(unsafe_code)]
    let got = unsafe { nix::libc::getrlimit(nix::libc::RLIMIT_NPROC, &mut limit) };
    (got == 0).then_some(limit.rlim_cur)
}

#[cfg(test)]
mod tests {
    use super::Backend;

    #[test]
    fn the_backend_is_named_by_prep_sandbox() {
        assert_eq!(Backend::named(""), Some(Backend::ALL[0]));
        assert_eq!(Backend::named("portable"), Some(Backend::Portable));
        #[cfg(target_os = "linux")]
        assert_eq!(Backend::named("linux"), Some(Backend::Linux));
        #[cfg(not(target_os = "linux"))]
        assert_eq!(Backend::named("linux"), None);
        assert_eq!(Backend::named("jail"), None);
        assert_eq!(Backend::named("Portable"), None);
    }
}
