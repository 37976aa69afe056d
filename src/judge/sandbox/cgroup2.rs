//! cgroup v2 (the unified hierarchy every current distribution mounts at /sys/fs/cgroup): the
//! subtree prep may write, as root or as an ordinary user.
//!
//! v2 gives a subtree to whoever it is delegated to, and forbids processes in a cgroup whose
//! children share out a controller. So, once per prep process:
//! 1. where systemd runs, prep asks it (the system instance as root, the user's own instance
//!    otherwise, over its bus with `busctl`) for a transient scope holding prep alone, with
//!    `Delegate=yes`, as rootless container engines do; without systemd, prep's own cgroup
//!    when it may write there (a container's root);
//! 2. prep moves itself into a leaf of that subtree (`prep`), and turns on the pids and memory
//!    controllers for its children;
//! 3. each run is then a cgroup beside that leaf (see `cgroup.rs`).
//!
//! Anything refused on the way (no systemd bus, a controller not delegated, a cgroup that
//! cannot be written) leaves runs without cgroups, with the reason kept for `prep doctor`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Where the unified hierarchy is mounted.
pub const ROOT: &str = "/sys/fs/cgroup";

/// The delegated subtree the runs of this prep process go in.
#[derive(Debug)]
pub struct Base {
    /// The subtree's folder (prep itself sits in its `prep` leaf).
    pub dir: PathBuf,
    /// How prep got it, for `prep doctor`.
    pub how: String,
    pub pids: bool,
    pub memory: bool,
    /// Why a controller is missing, when one is.
    pub missing: Option<String>,
}

/// Whether this machine mounts cgroup v2 alone (not the hybrid layout, whose controllers
/// are v1's).
pub fn unified() -> bool {
    Path::new(ROOT).join("cgroup.controllers").exists()
}

/// The subtree for this process's runs, set up on first use; or why there is none.
pub fn base() -> Result<&'static Base, &'static str> {
    static BASE: OnceLock<Result<Base, String>> = OnceLock::new();
    BASE.get_or_init(establish).as_ref().map_err(String::as_str)
}

/// The cgroup (a path under the hierarchy's root) the calling process is in.
fn own_cgroup() -> Option<String> {
    std::fs::read_to_string("/proc/self/cgroup")
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("0::"))
        .map(str::to_string)
}

fn euid() -> u32 {
    nix::unistd::geteuid().as_raw()
}

fn writable(path: &Path) -> bool {
    nix::unistd::access(path, nix::unistd::AccessFlags::W_OK).is_ok()
}

fn establish() -> Result<Base, String> {
    if !unified() {
        return Err("this machine has no cgroup v2 hierarchy".into());
    }
    let mut how = "prep's own cgroup".to_string();
    let mut scope_error = None;
    if Path::new("/run/systemd/system").exists() {
        match scope() {
            Ok(unit) => {
                how = format!(
                    "a transient systemd scope with Delegate=yes ({unit}, from {} systemd)",
                    if euid() == 0 {
                        "the system's"
                    } else {
                        "the user's"
                    }
                );
            }
            Err(e) => scope_error = Some(e),
        }
    }
    let own = own_cgroup().ok_or("/proc/self/cgroup names no cgroup v2 path")?;
    let dir = Path::new(ROOT).join(own.trim_start_matches('/'));
    let refused = |what: String| match &scope_error {
        Some(scope) => format!("{scope}; and {what}"),
        None => what,
    };
    if !(writable(&dir) && writable(&dir.join("cgroup.procs"))) {
        return Err(refused(format!(
            "prep's cgroup {} is not writable by uid {}",
            dir.display(),
            euid()
        )));
    }
    // v2 allows no process in a cgroup whose children share out controllers: prep moves
    // itself into a leaf first.
    let leaf = dir.join("prep");
    if let Err(e) = std::fs::create_dir(&leaf) {
        if e.kind() != std::io::ErrorKind::AlreadyExists {
            return Err(refused(format!("cannot make {}: {e}", leaf.display())));
        }
    }
    std::fs::write(leaf.join("cgroup.procs"), std::process::id().to_string())
        .map_err(|e| refused(format!("cannot move prep into {}: {e}", leaf.display())))?;
    let available = std::fs::read_to_string(dir.join("cgroup.controllers")).unwrap_or_default();
    let mut missing = Vec::new();
    let mut enable = |controller: &str| {
        if !available.split_whitespace().any(|c| c == controller) {
            missing.push(format!(
                "the {controller} controller is not delegated to {}",
                dir.display()
            ));
            return false;
        }
        match std::fs::write(dir.join("cgroup.subtree_control"), format!("+{controller}")) {
            Ok(()) => true,
            Err(e) => {
                missing.push(format!(
                    "cannot turn on the {controller} controller in {}: {e}",
                    dir.display()
                ));
                false
            }
        }
    };
    let pids = enable("pids");
    let memory = enable("memory");
    let missing = (!missing.is_empty()).then(|| {
        format!(
            "{} (systemd delegates it with a drop-in: `systemctl edit user@.service`, \
             [Service] Delegate=pids memory)",
            missing.join("; ")
        )
    });
    Ok(Base {
        dir,
        how,
        pids,
        memory,
        missing,
    })
}

/// Asks systemd for a transient scope `prep-<pid>.scope` holding prep, with `Delegate=yes`,
/// and waits until prep is in it. The unit's name, or why not.
fn scope() -> Result<String, String> {
    let pid = std::process::id();
    let unit = format!("prep-{pid}.scope");
    let mut call = Command::new("busctl");
    if euid() != 0 {
        call.arg("--user");
        // Tests and scripts often clear the environment: the user's bus is at its usual place.
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none()
            && std::env::var_os("XDG_RUNTIME_DIR").is_none()
        {
            call.env("XDG_RUNTIME_DIR", format!("/run/user/{}", euid()));
        }
    }
    call.args([
        "call",
        "--quiet",
        "org.freedesktop.systemd1",
        "/org/freedesktop/systemd1",
        "org.freedesktop.systemd1.Manager",
        "StartTransientUnit",
        "ssa(sv)a(sa(sv))",
        &unit,
        "fail",
        "3",
        "PIDs",
        "au",
        "1",
        &pid.to_string(),
        "Delegate",
        "b",
        "true",
        "CollectMode",
        "s",
        "inactive-or-failed",
        "0",
    ])
    .stdin(Stdio::null())
    .stdout(Stdio::null())
    .stderr(Stdio::piped());
    let out = call
        .output()
        .map_err(|e| format!("systemd could not be asked for a delegated scope (busctl: {e})"))?;
    if !out.status.success() {
        return Err(format!(
            "systemd refused a delegated scope: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    // The job that moves prep runs right after the call returns.
    let deadline = Instant::now() + Duration::from_secs(3);
    loop {
        if own_cgroup().is_some_and(|c| c.ends_with(&format!("/{unit}"))) {
            return Ok(unit);
        }
        if Instant::now() > deadline {
            return Err(format!("systemd made {unit} but did not move prep into it"));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}
