//! A run's cgroups, where the OS lets prep make them: cgroup v1 (writable as root), or cgroup
//! v2 in the subtree delegated to prep (`sandbox::cgroup2`), as root or as an ordinary user.
//!
//! - `pids` caps how many processes and threads a run may have, which contains fork bombs
//!   even as root (RLIMIT_NPROC does nothing for root), and it finds every process of the run
//!   at the end, daemonised grandchildren included, so none survives.
//! - `memory` holds the solution to a hard cap (its limit plus the language's allowance: the
//!   kernel's OOM killer ends it there, whatever it forks) and gives the peak of each case.
//!   Only the solution's own process joins it, right before its exec, so nothing of the judge
//!   is charged to it.
//!
//! v1: one cgroup per controller, `prep-<pid>-<n>` under `/sys/fs/cgroup/pids` and `/memory`;
//! the peak is `memory.max_usage_in_bytes`, reset when a case starts. v2: one cgroup per run,
//! `prep-<pid>-<n>` with `pids.max`, holding two leaves (v2 allows processes only in leaves
//! where controllers are shared out): `relay` (the relays, copies of prep) and `solution`
//! (`memory.max`, `memory.swap.max` 0). v2's `memory.peak` cannot be reset before Linux 6.12,
//! so a case's peak is the run's `memory.peak` when the case raised it (then exact), else the
//! highest `memory.current` sampled during the case. The end is `cgroup.kill`.
//!
//! Either may be missing; the judge then falls back on RLIMIT_NPROC and on polling VmRSS.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::sandbox::cgroup2;

const PIDS_ROOT: &str = "/sys/fs/cgroup/pids";
const MEMORY_ROOT: &str = "/sys/fs/cgroup/memory";

/// Processes and threads a run may have at once.
pub const MAX_TASKS: u32 = 64;

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A run's cgroups; dropping it kills what is left in them and removes them.
#[derive(Debug, Default)]
pub struct RunCgroup {
    /// The cgroup the relays join (v1: the pids cgroup; v2: the run's `relay` leaf).
    pids: Option<PathBuf>,
    /// The cgroup the solution joins, with the memory cap.
    memory: Option<PathBuf>,
    /// v2: the run's own cgroup, parent of both.
    run: Option<PathBuf>,
    /// v2: the case's peak, see `peak_kb`.
    peak: Mutex<Peak>,
    /// The last reset came after the process had ended: no peak of the kernel's for the case.
    forgotten: std::sync::atomic::AtomicBool,
}

/// What v2 needs to give a case's peak: the run's `memory.peak` when the case started, and
/// the highest `memory.current` seen since.
#[derive(Debug, Default)]
struct Peak {
    run_at_start: u64,
    sampled: u64,
}

impl RunCgroup {
    /// Fresh cgroups for a run: a pids cgroup, and a memory cgroup with the hard cap
    /// `memory_cap` (bytes); each only where the OS offers a writable controller.
    pub fn create(memory_cap: u64) -> RunCgroup {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let name = format!("prep-{}-{n}", std::process::id());
        if cgroup2::unified() {
            return Self::create_v2(&name, n, memory_cap).unwrap_or_default();
        }
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
        let mut group = RunCgroup::default();
        group.pids = make(PIDS_ROOT);
        group.memory = make(MEMORY_ROOT);
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

    /// v2: the run's cgroup in prep's delegated subtree, with its `relay` and `solution`
    /// leaves. `None` where there is no subtree or it refuses a write.
    fn create_v2(name: &str, n: u64, memory_cap: u64) -> Option<RunCgroup> {
        let base = cgroup2::base().ok()?;
        if !base.pids && !base.memory {
            return None;
        }
        if n == 0 {
            sweep(&base.dir);
        }
        let run = base.dir.join(name);
        std::fs::create_dir(&run).ok()?;
        let mut group = RunCgroup::default();
        group.run = Some(run.clone());
        let ok = (|| -> std::io::Result<()> {
            if base.pids {
                std::fs::write(run.join("pids.max"), MAX_TASKS.to_string())?;
            }
            if base.memory {
                std::fs::write(run.join("cgroup.subtree_control"), "+memory")?;
            }
            std::fs::create_dir(run.join("relay"))?;
            std::fs::create_dir(run.join("solution"))?;
            if base.memory {
                let solution = run.join("solution");
                std::fs::write(solution.join("memory.max"), memory_cap.to_string())?;
                // Absent where the kernel does not account swap: then there is none to use.
                let _ = std::fs::write(solution.join("memory.swap.max"), "0");
                group.memory = Some(solution);
            }
            group.pids = Some(run.join("relay"));
            Ok(())
        })();
        // Dropping the group removes what was made.
        ok.ok().map(|()| group)
    }

    /// The cgroup.procs the relays join first (they count against the run's task budget).
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

    /// Whether the run's task count is capped by a pids cgroup.
    pub fn has_pids(&self) -> bool {
        self.pids.is_some() && (self.run.is_none() || cgroup2::base().is_ok_and(|b| b.pids))
    }

    /// Says the peak since the last reset is not the case's (see `run.rs`): `peak_kb` gives
    /// none until the next reset.
    pub fn forget_peak(&self) {
        self.forgotten.store(true, Ordering::Relaxed);
    }

    /// Starts a fresh peak: the usage now.
    pub fn reset_peak(&self) {
        self.forgotten.store(false, Ordering::Relaxed);
        let Some(dir) = &self.memory else {
            return;
        };
        if self.run.is_none() {
            let _ = std::fs::write(dir.join("memory.max_usage_in_bytes"), "0");
            return;
        }
        let mut peak = self
            .peak
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *peak = Peak {
            run_at_start: read_u64(&dir.join("memory.peak")).unwrap_or(0),
            sampled: read_u64(&dir.join("memory.current")).unwrap_or(0),
        };
    }

    /// v2: notes the memory in use now, for the peak of a case that does not raise the
    /// run's. Called on each watchdog tick.
    pub fn sample(&self) {
        if let (Some(dir), Some(_)) = (&self.memory, &self.run) {
            if let Some(now) = read_u64(&dir.join("memory.current")) {
                let mut peak = self
                    .peak
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                peak.sampled = peak.sampled.max(now);
            }
        }
    }

    /// The peak memory since the run started or the last `reset_peak`, in KiB.
    pub fn peak_kb(&self) -> Option<u64> {
        let dir = self.memory.as_ref()?;
        if self.forgotten.load(Ordering::Relaxed) {
            return None;
        }
        let bytes = if self.run.is_none() {
            read_u64(&dir.join("memory.max_usage_in_bytes"))?
        } else {
            self.sample();
            let peak = self
                .peak
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            match read_u64(&dir.join("memory.peak")) {
                // The case raised the run's peak: that is its own, exactly.
                Some(run) if run > peak.run_at_start => run,
                _ => peak.sampled,
            }
        };
        Some(bytes.div_ceil(1024))
    }

    /// Whether the kernel's OOM killer ended a process of the run at its cap.
    pub fn oom_killed(&self) -> bool {
        let Some(dir) = &self.memory else {
            return false;
        };
        let file = self.v1_or_v2("memory.oom_control", "memory.events");
        std::fs::read_to_string(dir.join(file))
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("oom_kill "))
            .and_then(|n| n.trim().parse::<u64>().ok())
            .is_some_and(|n| n > 0)
    }

    /// Whether the solution's memory is at its cap now (within 4 MiB): a process held there
    /// spends its CPU in the kernel's reclaim, before or instead of an OOM kill, so running out
    /// of CPU there is the memory limit's doing (seen under emulation: a memory bomb held at
    /// `memory.max` used 1.5x its CPU limit before the OOM killer came).
    pub fn at_cap(&self) -> bool {
        let Some(dir) = &self.memory else {
            return false;
        };
        at_cap_in(
            dir,
            self.v1_or_v2("memory.usage_in_bytes", "memory.current"),
            self.v1_or_v2("memory.limit_in_bytes", "memory.max"),
        )
    }

    /// The name of a memory controller's file in this run's cgroup version.
    fn v1_or_v2(&self, v1: &'static str, v2: &'static str) -> &'static str {
        if self.run.is_none() {
            v1
        } else {
            v2
        }
    }

    /// Kills every process in the run's cgroups until they are empty (a bomb may still be
    /// forking).
    pub fn kill_all(&self) {
        if let Some(run) = &self.run {
            // One write ends the whole subtree at once, forks in flight included (5.14+).
            let _ = std::fs::write(run.join("cgroup.kill"), "1");
        }
        for dir in self.pids.iter().chain(&self.memory) {
            kill_members(dir);
        }
    }

    /// The cgroup the solution's process is in, as `/proc/<pid>/cgroup` names it (for the
    /// probe of `prep doctor`).
    pub fn solution_dir(&self) -> Option<&Path> {
        self.memory.as_deref()
    }

    /// The v2 run cgroup, when the run has one.
    pub fn v2_dir(&self) -> Option<&Path> {
        self.run.as_deref()
    }
}

impl Drop for RunCgroup {
    fn drop(&mut self) {
        for dir in self.pids.take().into_iter().chain(self.memory.take()) {
            remove(dir);
        }
        if let Some(run) = self.run.take() {
            for leaf in ["relay", "solution"] {
                let _ = std::fs::remove_dir(run.join(leaf));
            }
            remove(run);
        }
    }
}

/// Whether `used` has reached `cap` (less 4 MiB) in `dir`; a cap of `max` is none.
fn at_cap_in(dir: &Path, used: &str, cap: &str) -> bool {
    match (read_u64(&dir.join(used)), read_u64(&dir.join(cap))) {
        (Some(used), Some(cap)) => used.saturating_add(4 << 20) >= cap,
        _ => false,
    }
}

fn read_u64(path: &Path) -> Option<u64> {
    std::fs::read_to_string(path).ok()?.trim().parse().ok()
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

/// Kills what is left in a cgroup and its children and removes them all.
fn remove(dir: PathBuf) {
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                remove(entry.path());
            }
        }
    }
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

#[cfg(test)]
mod tests {
    use super::at_cap_in;

    #[test]
    fn memory_at_its_cap_is_read_from_the_cgroup_files() {
        let dir = tempfile::tempdir().unwrap();
        let write = |used: &str, cap: &str| {
            std::fs::write(dir.path().join("memory.current"), used).unwrap();
            std::fs::write(dir.path().join("memory.max"), cap).unwrap();
        };
        let at = || at_cap_in(dir.path(), "memory.current", "memory.max");
        write("134217728\n", "134217728\n");
        assert!(at(), "used = cap");
        write("132120576\n", "134217728\n");
        assert!(at(), "2 MiB below the cap");
        write("67108864\n", "134217728\n");
        assert!(!at(), "half the cap");
        write("67108864\n", "max\n");
        assert!(!at(), "no cap");
        std::fs::remove_file(dir.path().join("memory.max")).unwrap();
        assert!(!at(), "no file");
    }
}
