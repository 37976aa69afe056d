//! The timebox of an attempt: when it started, how long it is, stored so the clock survives
//! restarts (`session.json` in the data folder).

pub mod watch;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// 25 minutes: 20 to solve, the last 5 to test.
pub const DEFAULT_TIMEBOX_S: i64 = 25 * 60;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Session {
    pub slug: String,
    pub language: String,
    /// RFC 3339, local offset.
    pub started_at: String,
    pub timebox_s: i64,
    #[serde(default)]
    pub hints_used: u32,
    /// Test runs so far.
    #[serde(default)]
    pub runs: u32,
    /// Part of a mock interview (hints off).
    #[serde(default)]
    pub mock: bool,
}

impl Session {
    /// Seconds since the start, at `now`.
    pub fn elapsed_s(&self, now: jiff::Timestamp) -> i64 {
        crate::clock::parse(&self.started_at)
            .map_or(0, |start| now.duration_since(start).as_secs().max(0))
    }
}

/// The active session, if any. A damaged file is reported as an error naming it.
pub fn load(path: &Path) -> Result<Option<Session>, String> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| format!("{}: {e} (delete it to start afresh)", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

pub fn save(path: &Path, session: &Session) -> std::io::Result<()> {
    let text = serde_json::to_vec_pretty(session).expect("sessions serialize");
    crate::paths::write_atomic(path, &text)
}

pub fn clear(path: &PathBuf) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}
