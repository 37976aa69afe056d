//! A run's cgroups, where the OS lets prep make them (cgroup v1, writable as root here).
//!
//! - `pids` caps how many processes and threads a run may have, which contains fork bombs
//!   even as root (RLIMIT_NPROC does nothing for root), and it finds every process of the run
//!   at the end, daemonised grandchildren included, so none survives.
//! - `memory` holds the solution to a hard cap (its limit plus the language's allowance: the
//!   kernel's OOM killer ends it there, whatever it forks) and gives the exact peak of each
//!   case (`memory.max_usage_in_bytes`, reset when a case starts). Only the solution's own
//!   process joins it, right before its exec, so nothing of the judge is charged to it.
//!
//! Either may be missing; the judge then falls back on RLIMIT_NPROC and on polling VmRSS.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

const PIDS_ROOT: &str = "/sys/fs/cgroup/pids";
const MEMORY_ROOT: &str = "/sys/fs/cgroup/memory";

/// Processes and threads a run may have at once.
pub const MAX_TASKS: u32 = 64;

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A run's cgroups; dropping it kills what is left in them and removes them.
#[derive(Debug, Default)]
pub struct RunCgroup {
    pids: Option<PathBuf>,
    memory: Option<PathBuf>,
}

impl RunCgroup {
    /// Fresh cgroups for a run: a pids cgroup, and a memory cgroup with the hard cap
    /// `memory_cap` (bytes); each only where the OS offers a writable controller.
    pub fn create(memory_cap: u64) -> RunCgroup {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let name = format!("prep-{}-{n}", std::process::id());
        let make = |root: &str| {
            let root = Path::new(root);
            if !root.join("cgroup.procs").exists() {
                return None;
            }
            if n == 0 {
                sweep(root);
            }
            let dir = root.join(&name);
            std::fs::create_dir(&dir).ok().map(|()| dir)
        };
        let mut group = RunCgroup {
            pids: make(PIDS_ROOT),
            memory: make(MEMORY_ROOT),
        };
        if let Some(dir) = &group.pids {
            if std::fs::write(dir.join("pids.max"), MAX_TASKS.to_string()).is_err() {
                remove(group.pids.take().expect("set"));
            }
        }
        if let Some(dir) = &group.memory {
            // Without swap the first is the cap; with swap the second keeps the run from
            // going past it into swap (it must not be below the first).
            let cap = memory_cap.to_string();
            let capped = std::fs::write(dir.join("memory.limit_in_bytes"), &cap);
            let _ = std::fs::write(dir.join("memory.memsw.limit_in_bytes"), &cap);
            if capped.is_err() {
                remove(group.memory.take().expect("set"));
            }
        }
        group
    }

    /// The pids cgroup's `cgroup.procs`, when the run has one.
    pub fn pids_procs(&self) -> Option<PathBuf> {
        self.pids.as_ref().map(|d| d.join("cgroup.procs"))
    }

    /// The memory cgroup's `cgroup.procs`, when the run has one.
    pub fn memory_procs(&self) -> Option<PathBuf> {
        self.memory.as_ref().map(|d| d.join("cgroup.procs"))
    }

    /// Whether the kernel holds the run to its memory cap (and measures its peak).
    pub fn has_memory(&self) -> bool {
        self.memory.is_some()
    }

    /// Starts a fresh peak: the usage now.
    pub fn reset_peak(&self) {
        if let Some(dir) = &self.memory {
            let _ = std::fs::write(dir.join("memory.max_usage_in_bytes"), "0");
        }
    }

    /// The peak memory since the run started or the last `reset_peak`, in KiB.
    pub fn peak_kb(&self) -> Option<u64> {
        let dir = self.memory.as_ref()?;
        let bytes: u64 = std::fs::read_to_string(dir.join("memory.max_usage_in_bytes"))
            .ok()?
            .trim()
            .parse()
            .ok()?;
        Some(bytes.div_ceil(1024))
    }

    /// Whether the kernel's OOM killer ended a process of the run at its cap.
    pub fn oom_killed(&self) -> bool {
        let Some(dir) = &self.memory else {
            return false;
        };
        std::fs::read_to_string(dir.join("memory.oom_control"))
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("oom_kill "))
            .and_then(|n| n.trim().parse::<u64>().ok())
            .is_some_and(|n| n > 0)
    }

    /// Kills every process in the run's cgroups until they are empty (a bomb may still be
    /// forking).
    pub fn kill_all(&self) {
        for dir in self.pids.iter().chain(&self.memory) {
            kill_members(dir);
        }
    }
}

impl Drop for RunCgroup {
    fn drop(&mut self) {
        for dir in self.pids.take().into_iter().chain(self.memory.take()) {
            remove(dir);
        }
    }
}

/// The processes in a cgroup now.
fn members(dir: &Path) -> Vec<i32> {
    std::fs::read_to_string(dir.join("cgroup.procs"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.trim().parse().ok())
        .collect()
}

fn kill_members(dir: &Path) {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let members = members(dir);
        if members.is_empty() || Instant::now() > deadline {
            return;
        }
        for pid in members {
            let _ = nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(pid),
                nix::sys::signal::Signal::SIGKILL,
            );
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Kills what is left in a cgroup and removes it.
fn remove(dir: PathBuf) {
    kill_members(&dir);
    // The kernel refuses rmdir until the killed processes are reaped; retry briefly.
    for _ in 0..200 {
        if std::fs::remove_dir(&dir).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Cgroups left by a prep that was killed before it could clean up: whatever still runs in
/// them is killed and they are removed. Those of live prep processes are left alone.
fn sweep(root: &Path) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(owner) = name
            .strip_prefix("prep-")
            .and_then(|r| r.split('-').next())
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if Path::new(&format!("/proc/{owner}")).exists() {
            continue;
        }
        remove(entry.path());
    }
}
