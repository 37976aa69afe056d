//! A user namespace for a run started by an ordinary user, so that it can have the network and
//! PID namespaces that only root could make otherwise (as bubblewrap does it).
//!
//! Between fork and exec the child unshares a user namespace, maps the user's own uid and gid
//! to themselves (so the solution sees who it is, and files keep their owners), and then holds
//! every capability inside that namespace only: enough to unshare a network namespace (only a
//! loopback, down) and a PID namespace, nothing over anything outside. The solution's exec
//! drops those capabilities (its uid inside is not 0).
//!
//! Kernels and policies may refuse: `user.max_user_namespaces` = 0 (ENOSPC), Debian's
//! `kernel.unprivileged_userns_clone` = 0 (EPERM), or AppArmor's
//! `kernel.apparmor_restrict_unprivileged_userns` = 1 (the namespace is made, but without
//! capabilities in it, so the network namespace is refused). The run then goes on as before,
//! with the subreaper relay; `refusal` says why, for `prep doctor`.

use std::ffi::CStr;
use std::io;
use std::path::Path;

/// The uid and gid maps of a run's user namespace, written out before the fork: nothing is
/// allocated between fork and exec.
#[derive(Debug, Clone)]
pub struct Maps {
    uid: Vec<u8>,
    gid: Vec<u8>,
}

impl Maps {
    /// The maps for the calling user: their own uid and gid, and nothing else.
    pub fn own() -> Maps {
        let uid = nix::unistd::geteuid().as_raw();
        let gid = nix::unistd::getegid().as_raw();
        Maps {
            uid: format!("{uid} {uid} 1\n").into_bytes(),
            gid: format!("{gid} {gid} 1\n").into_bytes(),
        }
    }
}

/// Called between fork and exec: moves the caller into a new user namespace with `maps`.
/// `Ok` when it is in one with its ids mapped. Only async-signal-safe calls (unshare, open,
/// write, close).
pub fn enter(maps: &Maps) -> io::Result<()> {
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWUSER)?;
    // An unprivileged map of a gid needs setgroups denied first (user_namespaces(7)).
    write_all(c"/proc/self/setgroups", b"deny")?;
    write_all(c"/proc/self/uid_map", &maps.uid)?;
    write_all(c"/proc/self/gid_map", &maps.gid)?;
    Ok(())
}

fn write_all(path: &CStr, bytes: &[u8]) -> io::Result<()> {
    let fd = nix::fcntl::open(
        path,
        nix::fcntl::OFlag::O_WRONLY,
        nix::sys::stat::Mode::empty(),
    )?;
    let written = nix::unistd::write(&fd, bytes)?;
    if written == bytes.len() {
        Ok(())
    } else {
        Err(io::Error::from_raw_os_error(nix::libc::EIO))
    }
}

/// Why this user's runs get no user namespace with network and PID namespaces in it, and the
/// documented way to allow it; `None` when they do. Tried for real in a throwaway child.
pub fn refusal() -> Option<String> {
    use std::os::unix::process::CommandExt;
    let maps = Maps::own();
    let mut trial = std::process::Command::new("/bin/true");
    trial
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    #[allow(unsafe_code)]
    // SAFETY: the closure makes only async-signal-safe calls (see `enter`) and allocates
    // nothing: the maps were written before the fork.
    unsafe {
        trial.pre_exec(move || {
            enter(&maps)?;
            nix::sched::unshare(
                nix::sched::CloneFlags::CLONE_NEWNET | nix::sched::CloneFlags::CLONE_NEWPID,
            )?;
            Ok(())
        });
    }
    let error = match trial.status() {
        Ok(_) => return None,
        Err(e) => e,
    };
    let sysctl = |name: &str| {
        std::fs::read_to_string(Path::new("/proc/sys").join(name.replace('.', "/")))
            .ok()
            .map(|v| v.trim().to_string())
    };
    let why = if sysctl("user.max_user_namespaces").as_deref() == Some("0") {
        "user.max_user_namespaces is 0; to allow them: sudo sysctl -w user.max_user_namespaces=15000 \
         (and the same line in a file under /etc/sysctl.d/ to keep it)"
            .to_string()
    } else if sysctl("kernel.unprivileged_userns_clone").as_deref() == Some("0") {
        "Debian's kernel.unprivileged_userns_clone is 0; to allow them: sudo sysctl -w \
         kernel.unprivileged_userns_clone=1 (and the same line in a file under /etc/sysctl.d/ \
         to keep it)"
            .to_string()
    } else if sysctl("kernel.apparmor_restrict_unprivileged_userns").as_deref() == Some("1") {
        let exe = std::env::current_exe().map_or_else(
            |_| "/usr/local/bin/prep".into(),
            |p| p.display().to_string(),
        );
        format!(
            "AppArmor restricts unprivileged user namespaces \
             (kernel.apparmor_restrict_unprivileged_userns = 1); to allow them for prep alone, \
             as bubblewrap's package does for bwrap, write /etc/apparmor.d/prep:\n\
             abi <abi/4.0>,\ninclude <tunables/global>\nprofile prep {exe} flags=(unconfined) {{\n  userns,\n}}\n\
             then: sudo apparmor_parser -r /etc/apparmor.d/prep"
        )
    } else {
        format!("the kernel refuses them ({error})")
    };
    Some(format!("user namespaces refused: {why}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_name_only_the_callers_own_ids() {
        let maps = Maps::own();
        let uid = nix::unistd::geteuid().as_raw();
        assert_eq!(maps.uid, format!("{uid} {uid} 1\n").into_bytes());
        let gid = nix::unistd::getegid().as_raw();
        assert_eq!(maps.gid, format!("{gid} {gid} 1\n").into_bytes());
    }
}
