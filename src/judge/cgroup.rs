//! A cgroup per run, where the OS lets prep make one (cgroup v1's `pids` controller, writable
//! as root here): it caps how many processes and threads a run may have, which contains fork
//! bombs even as root (RLIMIT_NPROC does nothing for root), and it finds every process of the
//! run at the end, daemonised grandchildren included, so none survives.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

const PIDS_ROOT: &str = "/sys/fs/cgroup/pids";

/// Processes and threads a run may have at once.
pub const MAX_TASKS: u32 = 64;

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A run's cgroup; dropping it kills what is left in it and removes it.
#[derive(Debug)]
pub struct RunCgroup {
    dir: PathBuf,
}

impl RunCgroup {
    /// A fresh cgroup, or `None` where the OS does not offer a writable pids controller.
    pub fn create() -> Option<RunCgroup> {
        let root = Path::new(PIDS_ROOT);
        if !root.join("cgroup.procs").exists() {
            return None;
        }
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        if n == 0 {
            sweep(root);
        }
        let dir = root.join(format!("prep-{}-{n}", std::process::id()));
        std::fs::create_dir(&dir).ok()?;
        let group = RunCgroup { dir };
        std::fs::write(group.dir.join("pids.max"), MAX_TASKS.to_string()).ok()?;
        Some(group)
    }

    /// The file a process writes `0` to, to join.
    pub fn procs(&self) -> PathBuf {
        self.dir.join("cgroup.procs")
    }

    /// The processes in the cgroup now.
    pub fn members(&self) -> Vec<i32> {
        std::fs::read_to_string(self.procs())
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .collect()
    }

    /// Kills every process in the cgroup until it is empty (a bomb may still be forking).
    pub fn kill_all(&self) {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let members = self.members();
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
}

impl Drop for RunCgroup {
    fn drop(&mut self) {
        self.kill_all();
        // The kernel refuses rmdir until the killed processes are reaped; retry briefly.
        for _ in 0..200 {
            if std::fs::remove_dir(&self.dir).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
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
        drop(RunCgroup { dir: entry.path() });
    }
}

/// Whether runs get a cgroup here (for `prep doctor`).
pub fn available() -> bool {
    RunCgroup::create().is_some()
}
