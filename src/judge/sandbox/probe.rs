//! What a run really gets here, for `prep doctor`: a live run (of `cat`) inspected from
//! outside, each protection with the path it takes or why it is off.

use std::io;
use std::path::Path;

use crate::judge::sandbox::{protection, Protection};

use super::{
    cgroup2, ids, kill_group, process_group, solution_pid, start, userns, Spec, ENVIRONMENT,
    NPROC_BUDGET, OPEN_FILES, STACK,
};
use crate::judge::cgroup::{RunCgroup, MAX_TASKS};

/// Each protection, in the order of the sandbox's description. As root the user namespace
/// and RLIMIT_NPROC are not listed: root needs no user namespace for the others, and ignores
/// RLIMIT_NPROC (the pids cgroup counts instead).
pub fn probe() -> io::Result<Vec<Protection>> {
    let dir = tempfile::Builder::new().prefix("prep-probe-").tempdir()?;
    let cgroup = RunCgroup::create(64 << 20);
    let (procs, memory) = (cgroup.pids_procs(), cgroup.memory_procs());
    let cpu_backstop_s = 7;
    let spec = Spec {
        // Waits on its stdin, which stays open until the probe is over.
        program: Path::new("/bin/cat"),
        args: &[],
        dir: dir.path(),
        cpu_backstop_s,
        file_size: 1 << 20,
        address_space: None,
        stack: STACK,
        env: &[],
        cgroup_procs: procs.as_deref(),
        memory_procs: memory.as_deref(),
    };
    let mut started = start(&spec)?;
    let pid = solution_pid(started.child.id());
    let read = |what: &str| std::fs::read_to_string(format!("/proc/{pid}/{what}")).ok();
    let link = |pid: &str, what: &str| std::fs::read_link(format!("/proc/{pid}/{what}")).ok();
    let own_ns = |ns: &str| {
        let theirs = link(&pid.to_string(), &format!("ns/{ns}"));
        theirs.is_some() && theirs != link("self", &format!("ns/{ns}"))
    };
    let limits = read("limits").unwrap_or_default();
    // The soft value of a limit in /proc/<pid>/limits ("Max open files  256  256  files").
    let soft = |name: &str| {
        limits
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|rest| rest.split_whitespace().next())
            .map(str::to_string)
    };
    let status = read("status").unwrap_or_default();
    let environ = read("environ").unwrap_or_default();
    let home = environ
        .split('\0')
        .find_map(|v| v.strip_prefix("HOME="))
        .map(std::path::PathBuf::from);
    let allowed = |name: &str| {
        name == "HOME" || name == "TMPDIR" || ENVIRONMENT.iter().any(|(k, _)| *k == name)
    };
    let cgroups = read("cgroup").unwrap_or_default();
    let (uid, euid) = ids();
    let root = euid == 0;
    let in_userns = own_ns("user");
    // Why the namespaces are missing, asked only when they are.
    let refused = || {
        if root {
            "the kernel refused it to root".to_string()
        } else {
            userns::refusal().unwrap_or_else(|| "the kernel refused it".into())
        }
    };
    let mut found = vec![
        protection(
            "process_group",
            process_group(pid).is_some() && process_group(pid) != process_group(std::process::id()),
            "its own, killed whole at the end of each case",
        ),
        protection(
            "rlimits",
            soft("Max cpu time") == Some(cpu_backstop_s.to_string())
                && soft("Max core file size").as_deref() == Some("0")
                && soft("Max file size") == Some((1u64 << 20).to_string())
                && soft("Max open files") == Some(OPEN_FILES.to_string()),
            "CPU backstop, no core files, file size, open files",
        ),
        protection(
            "no_new_privs",
            status
                .lines()
                .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["NoNewPrivs:", "1"]),
            "no set-uid program gives it more rights",
        ),
        protection(
            "fresh_home",
            home.as_deref() == Some(dir.path())
                && link(&pid.to_string(), "cwd").as_deref() == Some(dir.path()),
            "a fresh folder as its working folder, HOME and TMPDIR",
        ),
        protection(
            "minimal_environment",
            !environ.is_empty()
                && environ
                    .split('\0')
                    .filter(|v| !v.is_empty())
                    .all(|v| allowed(v.split('=').next().unwrap_or_default())),
            "only PATH, locale, HOME, TMPDIR and the language's own variables",
        ),
    ];
    if !root {
        found.push(if in_userns {
            protection(
                "user_namespace",
                true,
                format!("its own, with uid {uid} mapped to itself and nothing else"),
            )
        } else {
            protection("user_namespace", false, refused())
        });
    }
    let net = own_ns("net");
    found.push(protection(
        "network_namespace",
        net,
        if net {
            "its own: only a loopback, down, so no connection reaches anything".to_string()
        } else {
            format!("{}; a solution can reach the network", refused())
        },
    ));
    let pidns = own_ns("pid");
    found.push(protection(
        "pid_namespace",
        pidns,
        if pidns {
            "its own: the solution is PID 2 behind an init, sees no other process and \
             cannot signal prep; the kernel ends all of it with the run"
                .to_string()
        } else {
            format!(
                "{}; instead a relay (a child subreaper) ends what the solution leaves \
                 behind, and the solution dies with it",
                refused()
            )
        },
    ));
    found.push(cgroup_pids(&cgroup, &cgroups, root));
    found.push(memory_cgroup(&cgroup, &cgroups));
    if !root {
        let own_nproc = std::fs::read_to_string("/proc/self/limits")
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("Max processes"))
            .and_then(|rest| rest.split_whitespace().next())
            .unwrap_or_default()
            .to_string();
        let on = soft("Max processes").is_some_and(|v| v != own_nproc);
        found.push(protection(
            "nproc_limit",
            on,
            if in_userns {
                format!("RLIMIT_NPROC: {NPROC_BUDGET} tasks counted inside its user namespace")
            } else {
                format!("RLIMIT_NPROC: the user's tasks at the start plus {NPROC_BUDGET}")
            },
        ));
    }
    drop(started.child.stdin.take());
    kill_group(process_group(pid).unwrap_or(pid));
    cgroup.kill_all();
    let _ = started.child.kill();
    let _ = started.child.wait();
    Ok(found)
}

/// The cgroup a `/proc/<pid>/cgroup` text puts a process in for `controller` (v1), or in the
/// unified hierarchy (v2, `controller` ignored).
fn cgroup_of<'a>(cgroups: &'a str, controller: &str) -> Option<&'a str> {
    cgroups.lines().find_map(|l| {
        let mut parts = l.splitn(3, ':');
        let (id, controllers, path) = (parts.next()?, parts.next()?, parts.next()?);
        let v2 = id == "0" && controllers.is_empty() && cgroup2::unified();
        (v2 || controllers.split(',').any(|c| c == controller)).then_some(path)
    })
}

/// Whether `path` (as `/proc/<pid>/cgroup` names it) is `dir` or under it.
fn within(path: Option<&str>, dir: Option<&Path>, root: &str) -> bool {
    let (Some(path), Some(dir)) = (path, dir) else {
        return false;
    };
    let Ok(rel) = dir.strip_prefix(root) else {
        return false;
    };
    Path::new(path)
        .strip_prefix("/")
        .is_ok_and(|p| p.starts_with(rel))
}

fn v2_refusal() -> String {
    match cgroup2::base() {
        Err(why) => why.to_string(),
        Ok(base) => base
            .missing
            .clone()
            .unwrap_or_else(|| format!("{} refused a run's cgroup", base.dir.display())),
    }
}

fn cgroup_pids(cgroup: &RunCgroup, cgroups: &str, root: bool) -> Protection {
    let path = cgroup_of(cgroups, "pids");
    let instead = if root {
        "nothing else bounds root's processes"
    } else {
        "RLIMIT_NPROC bounds the run's tasks instead"
    };
    if cgroup2::unified() {
        let on = cgroup.has_pids() && within(path, cgroup.v2_dir(), cgroup2::ROOT);
        if let Some(off) = uncapped(on, cgroup.v2_dir(), instead) {
            return off;
        }
        return match cgroup2::base() {
            Ok(base) if on => protection(
                "cgroup_pids",
                true,
                format!(
                    "cgroup v2: pids.max {MAX_TASKS} a run, in {} ({})",
                    base.dir.display(),
                    base.how
                ),
            ),
            _ => protection("cgroup_pids", false, format!("{}; {instead}", v2_refusal())),
        };
    }
    let dir = cgroup.pids_procs();
    let dir = dir.as_deref().and_then(Path::parent);
    let on = within(path, dir, "/sys/fs/cgroup/pids");
    if let Some(off) = uncapped(on, dir, instead) {
        return off;
    }
    if on {
        protection(
            "cgroup_pids",
            true,
            format!("cgroup v1: /sys/fs/cgroup/pids, {MAX_TASKS} tasks a run"),
        )
    } else {
        protection(
            "cgroup_pids",
            false,
            format!(
                "cgroup v1's /sys/fs/cgroup/pids is not writable by uid {}; {instead}",
                ids().1
            ),
        )
    }
}

/// Off when the probe's process is in the run's pids cgroup but its `pids.max` (read back
/// from the live cgroup, not assumed) is not the cap: the cgroup would count and bound nothing.
fn uncapped(joined: bool, dir: Option<&Path>, instead: &str) -> Option<Protection> {
    let dir = dir.filter(|_| joined)?;
    let max = std::fs::read_to_string(dir.join("pids.max")).unwrap_or_default();
    (max.trim() != MAX_TASKS.to_string()).then(|| {
        protection(
            "cgroup_pids",
            false,
            format!(
                "the run's pids cgroup {} has pids.max `{}`, not {MAX_TASKS}; {instead}",
                dir.display(),
                max.trim()
            ),
        )
    })
}

fn memory_cgroup(cgroup: &RunCgroup, cgroups: &str) -> Protection {
    let path = cgroup_of(cgroups, "memory");
    let instead = "the watchdog polls the solution's resident memory (VmRSS) instead";
    if cgroup2::unified() {
        let on = cgroup.has_memory() && within(path, cgroup.solution_dir(), cgroup2::ROOT);
        if !on {
            return protection(
                "memory_cgroup",
                false,
                format!("{}; {instead}", v2_refusal()),
            );
        }
        let peak = if cgroup
            .solution_dir()
            .is_some_and(|d| d.join("memory.peak").exists())
        {
            "memory.peak (exact when a case raises the run's peak), memory.current sampled"
        } else {
            "memory.current sampled every 5 ms"
        };
        return protection(
            "memory_cgroup",
            true,
            format!(
                "cgroup v2: memory.max at the limit, memory.swap.max 0, OOM kills are \
                 MEMORY_LIMIT; peak from {peak}"
            ),
        );
    }
    let on = cgroup.has_memory() && within(path, cgroup.solution_dir(), "/sys/fs/cgroup/memory");
    if on {
        protection(
            "memory_cgroup",
            true,
            "cgroup v1: memory.limit_in_bytes at the limit, OOM kills are MEMORY_LIMIT; \
             peak from memory.max_usage_in_bytes, reset each case",
        )
    } else {
        protection(
            "memory_cgroup",
            false,
            format!(
                "cgroup v1's /sys/fs/cgroup/memory is not writable by uid {}; {instead}",
                ids().1
            ),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_v1_cgroup_is_found_by_its_controller() {
        let text = "12:pids:/prep-7-0\n4:memory:/prep-7-1\n1:name=systemd:/init.scope\n";
        assert_eq!(cgroup_of(text, "pids"), Some("/prep-7-0"));
        assert_eq!(cgroup_of(text, "memory"), Some("/prep-7-1"));
        assert_eq!(cgroup_of(text, "cpu"), None);
    }

    #[test]
    fn within_compares_whole_path_components() {
        let dir = Path::new("/sys/fs/cgroup/pids/prep-7-1");
        let root = "/sys/fs/cgroup/pids";
        assert!(within(Some("/prep-7-1"), Some(dir), root));
        assert!(within(Some("/prep-7-1/relay"), Some(dir), root));
        assert!(!within(Some("/prep-7-10"), Some(dir), root));
        assert!(!within(Some("/"), Some(dir), root));
        assert!(!within(None, Some(dir), root));
        assert!(!within(Some("/prep-7-1"), None, root));
    }

    #[test]
    fn a_pids_cgroup_without_the_cap_is_off() {
        let dir = tempfile::tempdir().unwrap();
        let pids_max = dir.path().join("pids.max");
        std::fs::write(&pids_max, format!("{MAX_TASKS}\n")).unwrap();
        assert!(uncapped(true, Some(dir.path()), "x").is_none());
        // Not in the cgroup: nothing to say here (the caller says why).
        std::fs::write(&pids_max, "max\n").unwrap();
        assert!(uncapped(false, Some(dir.path()), "x").is_none());
        let off = uncapped(true, Some(dir.path()), "x").expect("off");
        assert!(!off.on);
        assert!(off.how.contains("pids.max `max`"), "{}", off.how);
    }
}
