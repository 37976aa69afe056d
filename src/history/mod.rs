//! The practice history: an append-only JSON Lines file, one event a line with a schema
//! version. Appends take an exclusive lock and are synced, so two prep processes or a crash
//! never mangle an entry; a damaged line is reported with its number and skipped, never fatal
//! and never rewritten away.

pub mod review;
pub mod stats;

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use nix::fcntl::{Flock, FlockArg};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The schema version written on every line.
pub const SCHEMA: u32 = 1;

#[derive(Debug, Error)]
pub enum HistoryError {
    // The cause is the error's source, printed once by `{:#}` after the path.
    #[error("{}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// One judged submission.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Attempt {
    /// Schema version of this line.
    pub v: u32,
    /// Always `attempt` for this kind of line.
    pub event: String,
    /// Unique id (time and process), also the snapshot's name.
    pub id: String,
    /// RFC 3339 with the local offset of the moment.
    pub at: String,
    pub slug: String,
    pub language: String,
    /// The problem's topics when it was attempted.
    #[serde(default)]
    pub topics: Vec<String>,
    /// A verdict word of docs/contract.md section 5.
    pub verdict: String,
    /// `met`, `not_met`, or absent when the problem has no follow-up group.
    #[serde(default)]
    pub follow_up: Option<String>,
    pub passed: usize,
    pub total: usize,
    /// Seconds since the timebox started, when a session was running.
    #[serde(default)]
    pub elapsed_s: Option<i64>,
    #[serde(default)]
    pub timebox_s: Option<i64>,
    #[serde(default)]
    pub over_time: bool,
    #[serde(default)]
    pub hints_used: u32,
    /// How many times the solution was tested (`prep test`, watch-mode runs) before this
    /// submit, in the session.
    #[serde(default)]
    pub runs: u32,
    /// The problem's difficulty when it was attempted.
    #[serde(default)]
    pub difficulty: Option<String>,
    /// The submitted code, under snapshots/ in the data folder.
    #[serde(default)]
    pub snapshot: Option<String>,
    /// What the complexity probe measured after an accepted submit (absent when it did not
    /// run: an older prep, `--no-probe`, another verdict).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complexity: Option<MeasuredComplexity>,
}

/// The complexity probe's finding on an attempt.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MeasuredComplexity {
    /// The measured time class (`O(n)`, ...), absent when too few sizes ran to name one.
    #[serde(default)]
    pub time_class: Option<String>,
    /// The problem's target class in the same n, when it maps to one.
    #[serde(default)]
    pub target: Option<String>,
    /// Whether the class meets the target (a neighbour of the same degree counts).
    #[serde(default)]
    pub meets_target: Option<bool>,
}

/// A line that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Damaged {
    pub line: usize,
    pub message: String,
}

/// The history file.
#[derive(Debug, Clone)]
pub struct History {
    path: PathBuf,
}

impl History {
    pub fn new(path: PathBuf) -> History {
        History { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one event under an exclusive lock, then syncs it to disk.
    pub fn append<T: Serialize>(&self, event: &T) -> Result<(), HistoryError> {
        let io = |source| HistoryError::Io {
            path: self.path.clone(),
            source,
        };
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let mut line = serde_json::to_vec(event).expect("events serialize");
        line.push(b'\n');
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .map_err(io)?;
        let mut locked =
            Flock::lock(file, FlockArg::LockExclusive).map_err(|(_, e)| io(e.into()))?;
        // A previous writer killed mid-line leaves no newline: start on a fresh line so only
        // that damaged line is lost, not ours too.
        let len = locked.metadata().map_err(io)?.len();
        if len > 0 && !ends_with_newline(&self.path, len) {
            locked.write_all(b"\n").map_err(io)?;
        }
        locked.write_all(&line).map_err(io)?;
        locked.sync_data().map_err(io)?;
        Ok(())
    }

    /// Every attempt, oldest first, with the lines that could not be read.
    pub fn attempts(&self) -> Result<(Vec<Attempt>, Vec<Damaged>), HistoryError> {
        self.events("attempt")
    }

    /// What the user practised: every attempt and every give-up (as an attempt with the
    /// verdict [`GAVE_UP`]), in file order, with the lines that could not be read. This is
    /// what `history`, `list`, `stats` and `next` count.
    pub fn practice(&self) -> Result<(Vec<Attempt>, Vec<Damaged>), HistoryError> {
        let (lines, mut damaged) = self.lines()?;
        let mut out = Vec::new();
        for (line, value) in lines {
            let read = match value.get("event").and_then(serde_json::Value::as_str) {
                Some("attempt") => serde_json::from_value::<Attempt>(value),
                Some("abandon") => {
                    serde_json::from_value::<Abandon>(value).map(|a| a.into_attempt(line))
                }
                _ => continue,
            };
            match read {
                Ok(a) => out.push(a),
                Err(e) => damaged.push(Damaged {
                    line,
                    message: e.to_string(),
                }),
            }
        }
        Ok((out, damaged))
    }

    /// Every event of one kind (`attempt`, `abandon`, `mock`), oldest first, with the lines
    /// that could not be read.
    pub fn events<T: serde::de::DeserializeOwned>(
        &self,
        kind: &str,
    ) -> Result<(Vec<T>, Vec<Damaged>), HistoryError> {
        let (lines, mut damaged) = self.lines()?;
        let mut events = Vec::new();
        for (line, value) in lines {
            if value.get("event").and_then(serde_json::Value::as_str) != Some(kind) {
                continue;
            }
            match serde_json::from_value(value) {
                Ok(a) => events.push(a),
                Err(e) => damaged.push(Damaged {
                    line,
                    message: e.to_string(),
                }),
            }
        }
        Ok((events, damaged))
    }

    /// Every readable line as JSON with its number (from 1), and the damaged ones.
    #[allow(clippy::type_complexity)]
    fn lines(&self) -> Result<(Vec<(usize, serde_json::Value)>, Vec<Damaged>), HistoryError> {
        let text = match std::fs::read(&self.path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok((Vec::new(), Vec::new()))
            }
            Err(source) => {
                return Err(HistoryError::Io {
                    path: self.path.clone(),
                    source,
                })
            }
        };
        let mut lines = Vec::new();
        let mut damaged = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let value: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    damaged.push(Damaged {
                        line: i + 1,
                        message: e.to_string(),
                    });
                    continue;
                }
            };
            if value
                .get("v")
                .and_then(serde_json::Value::as_u64)
                .is_some_and(|v| v > u64::from(SCHEMA))
            {
                damaged.push(Damaged {
                    line: i + 1,
                    message: "written by a newer prep; skipped".into(),
                });
                continue;
            }
            lines.push((i + 1, value));
        }
        Ok((lines, damaged))
    }
}

/// The verdict word a give-up has in the history (`history`, `--json`, CSV), beside the
/// judge's words of docs/contract.md section 5.
pub const GAVE_UP: &str = "gave_up";

/// A problem given up (`prep session --abandon`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Abandon {
    pub v: u32,
    /// Always `abandon`.
    pub event: String,
    pub at: String,
    pub slug: String,
    pub language: String,
    pub elapsed_s: i64,
    pub timebox_s: i64,
    pub hints_used: u32,
    /// Unique id, as an attempt's (absent on lines written before prep 0.2: the line
    /// number stands in).
    #[serde(default)]
    pub id: Option<String>,
    /// Why it ended, when not `prep session --abandon`: `switched to <slug>` when another
    /// problem was started over it, `mock ended` when its mock interview ended.
    #[serde(default)]
    pub reason: Option<String>,
    /// The problem's topics when it was given up.
    #[serde(default)]
    pub topics: Vec<String>,
    /// The problem's difficulty when it was given up.
    #[serde(default)]
    pub difficulty: Option<String>,
}

impl Abandon {
    /// The give-up as an attempt with the verdict [`GAVE_UP`]; `line` names one without an id.
    fn into_attempt(self, line: usize) -> Attempt {
        Attempt {
            v: self.v,
            event: self.event,
            id: self.id.unwrap_or_else(|| format!("line-{line}")),
            at: self.at,
            slug: self.slug,
            language: self.language,
            topics: self.topics,
            verdict: GAVE_UP.into(),
            follow_up: None,
            passed: 0,
            total: 0,
            elapsed_s: Some(self.elapsed_s),
            timebox_s: Some(self.timebox_s),
            over_time: self.elapsed_s > self.timebox_s,
            hints_used: self.hints_used,
            runs: 0,
            difficulty: self.difficulty,
            snapshot: None,
            complexity: None,
        }
    }
}

/// The summary of a mock interview.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Mock {
    pub v: u32,
    /// Always `mock`.
    pub event: String,
    pub at: String,
    pub started_at: String,
    pub elapsed_s: i64,
    pub timebox_s: i64,
    /// Each problem with its best verdict (`none` when not submitted).
    pub problems: Vec<MockProblem>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MockProblem {
    pub slug: String,
    /// The problem's outcome: `accepted` if any submit was, else `gave_up` if given up,
    /// else the last submit's verdict; `none` when neither submitted nor given up.
    pub verdict: String,
    /// Submits during the mock.
    #[serde(default)]
    pub submits: u32,
    /// The most cases a submit passed, of `total`; absent without a submit.
    #[serde(default)]
    pub passed: Option<usize>,
    #[serde(default)]
    pub total: Option<usize>,
    /// Seconds it was the current problem (absent on lines written before prep 0.2).
    #[serde(default)]
    pub time_s: Option<i64>,
    /// Hints used (0 unless the mock's rule was bypassed: hints are off).
    #[serde(default)]
    pub hints_used: u32,
}

fn ends_with_newline(path: &Path, len: u64) -> bool {
    use std::io::{Read, Seek, SeekFrom};
    let Ok(mut f) = std::fs::File::open(path) else {
        return true;
    };
    let mut last = [0u8; 1];
    f.seek(SeekFrom::Start(len - 1)).is_ok() && f.read_exact(&mut last).is_ok() && last[0] == b'\n'
}

/// A new attempt id: the time in milliseconds and the process id, in hex.
pub fn new_id(now_ms: i64) -> String {
    format!("{now_ms:x}-{:x}", std::process::id())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(slug: &str) -> Attempt {
        Attempt {
            v: SCHEMA,
            event: "attempt".into(),
            id: "1".into(),
            at: "2026-11-28T10:00:00+00:00".into(),
            slug: slug.into(),
            language: "python".into(),
            topics: vec!["arrays".into()],
            verdict: "accepted".into(),
            follow_up: None,
            passed: 3,
            total: 3,
            elapsed_s: None,
            timebox_s: None,
            over_time: false,
            hints_used: 0,
            runs: 0,
            difficulty: None,
            snapshot: None,
            complexity: None,
        }
    }

    #[test]
    fn append_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let history = History::new(dir.path().join("history.jsonl"));
        assert_eq!(history.attempts().unwrap().0.len(), 0);
        history.append(&attempt("two-sum")).unwrap();
        history.append(&attempt("min-stack")).unwrap();
        let (attempts, damaged) = history.attempts().unwrap();
        assert_eq!(
            attempts.iter().map(|a| a.slug.as_str()).collect::<Vec<_>>(),
            ["two-sum", "min-stack"]
        );
        assert!(damaged.is_empty());
    }

    #[test]
    fn damaged_lines_are_reported_and_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.jsonl");
        let history = History::new(path.clone());
        history.append(&attempt("two-sum")).unwrap();
        // A writer killed mid-line.
        let mut f = OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(b"{\"v\":1,\"event\":\"attempt\",\"slu")
            .unwrap();
        history.append(&attempt("min-stack")).unwrap();
        let (attempts, damaged) = history.attempts().unwrap();
        assert_eq!(attempts.len(), 2);
        assert_eq!(damaged.len(), 1);
        assert_eq!(damaged[0].line, 2);
        // Nothing was rewritten away.
        assert!(std::fs::read_to_string(&path).unwrap().contains("\"slu\n"));
    }

    #[test]
    fn concurrent_writers_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.jsonl");
        let threads: Vec<_> = (0..8)
            .map(|t| {
                let history = History::new(path.clone());
                std::thread::spawn(move || {
                    for i in 0..50 {
                        history.append(&attempt(&format!("p{t}-{i}"))).unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let (attempts, damaged) = History::new(path).attempts().unwrap();
        assert_eq!(attempts.len(), 400);
        assert!(damaged.is_empty());
    }
}
