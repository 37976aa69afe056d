//! Starting a solution process under limits and ending it with everything it started.
//!
//! The backend is per operating system: `linux.rs` holds Linux's (namespaces, cgroups, `/proc`).
//! The judge (`run.rs`) calls only what this module exports.

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
pub use linux::*;

use std::fs::File;
use std::path::Path;
use std::process::Child;

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
/// The run's environment, besides HOME and TMPDIR (its folder) and `Program::env`.
pub const ENVIRONMENT: [(&str, &str); 6] = [
    ("PATH", "/usr/local/bin:/usr/bin:/bin"),
    ("LANG", "C.UTF-8"),
    ("LC_ALL", "C.UTF-8"),
    ("PYTHONIOENCODING", "utf-8"),
    ("PYTHONDONTWRITEBYTECODE", "1"),
    ("PYTHONHASHSEED", "0"),
];

/// Kills the whole process group of a started child.
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
    // SAFETY: close_range is a plain system call.
    #[allow(unsafe_code)]
    let closed = unsafe { nix::libc::syscall(nix::libc::SYS_close_range, 0u32, u32::MAX, 0u32) };
    if closed != 0 {
        for fd in 0..4096 {
            let _ = nix::unistd::close(fd);
        }
    }
}

/// The status of `child`: `Ok(code)` for an exit, `Err(signal)` for a death by signal. Other
/// children that end meanwhile (orphans a subreaper adopted) are reaped on the way.
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
