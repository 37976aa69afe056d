//! The outcome of judging: a verdict per case and for the whole run, as data. A wrong answer
//! is an `Ok(Report)`; only prep failing is an `Err`.

use serde::Serialize;
use serde_json::Value;

/// Verdict words of docs/contract.md section 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Accepted,
    WrongAnswer,
    TimeLimitExceeded,
    MemoryLimitExceeded,
    OutputLimitExceeded,
    RuntimeError,
    CompileError,
    InternalError,
    Skipped,
    Unchecked,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Accepted => "accepted",
            Verdict::WrongAnswer => "wrong_answer",
            Verdict::TimeLimitExceeded => "time_limit_exceeded",
            Verdict::MemoryLimitExceeded => "memory_limit_exceeded",
            Verdict::OutputLimitExceeded => "output_limit_exceeded",
            Verdict::RuntimeError => "runtime_error",
            Verdict::CompileError => "compile_error",
            Verdict::InternalError => "internal_error",
            Verdict::Skipped => "skipped",
            Verdict::Unchecked => "unchecked",
        }
    }

    pub fn parse(text: &str) -> Option<Verdict> {
        [
            Verdict::Accepted,
            Verdict::WrongAnswer,
            Verdict::TimeLimitExceeded,
            Verdict::MemoryLimitExceeded,
            Verdict::OutputLimitExceeded,
            Verdict::RuntimeError,
            Verdict::CompileError,
            Verdict::InternalError,
            Verdict::Skipped,
            Verdict::Unchecked,
        ]
        .into_iter()
        .find(|v| v.as_str() == text)
    }

    /// As a person reads it.
    pub fn title(self) -> &'static str {
        match self {
            Verdict::Accepted => "Accepted",
            Verdict::WrongAnswer => "Wrong Answer",
            Verdict::TimeLimitExceeded => "Time Limit Exceeded",
            Verdict::MemoryLimitExceeded => "Memory Limit Exceeded",
            Verdict::OutputLimitExceeded => "Output Limit Exceeded",
            Verdict::RuntimeError => "Runtime Error",
            Verdict::CompileError => "Compile Error",
            Verdict::InternalError => "Internal Error",
            Verdict::Skipped => "Skipped",
            Verdict::Unchecked => "Unchecked",
        }
    }

    /// A failure of the solution (not accepted, skipped or unchecked).
    pub fn is_failure(self) -> bool {
        !matches!(
            self,
            Verdict::Accepted | Verdict::Skipped | Verdict::Unchecked
        )
    }

    /// Priority when several apply: compile > internal > time > memory > output > runtime > wrong.
    pub fn rank(self) -> u8 {
        match self {
            Verdict::CompileError => 7,
            Verdict::InternalError => 6,
            Verdict::TimeLimitExceeded => 5,
            Verdict::MemoryLimitExceeded => 4,
            Verdict::OutputLimitExceeded => 3,
            Verdict::RuntimeError => 2,
            Verdict::WrongAnswer => 1,
            _ => 0,
        }
    }

    /// The process exit code that goes with a run's verdict.
    pub fn exit_code(self) -> u8 {
        match self {
            Verdict::Accepted | Verdict::Skipped | Verdict::Unchecked => 0,
            Verdict::InternalError => 2,
            _ => 1,
        }
    }
}

/// Which group a case belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Example,
    Test,
    Generated,
    FollowUp,
    /// The user's own cases.json.
    Own,
    /// `--input` on the command line.
    Custom,
}

impl Group {
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Example => "example",
            Group::Test => "test",
            Group::Generated => "generated",
            Group::FollowUp => "follow_up",
            Group::Own => "own",
            Group::Custom => "custom",
        }
    }

    /// Hidden groups show their input only when a case fails.
    pub fn hidden(self) -> bool {
        matches!(self, Group::Test | Group::Generated | Group::FollowUp)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct CaseReport {
    pub index: usize,
    pub group: Group,
    pub name: String,
    pub verdict: Verdict,
    pub cpu_ms: f64,
    /// L, the case's CPU limit in this language (for authors' checks; not in the document).
    #[serde(skip)]
    pub limit_ms: u64,
    pub wall_ms: f64,
    pub memory_kb: u64,
    pub input: Value,
    pub expected: Option<Value>,
    pub actual: Option<Value>,
    pub stdout: String,
    pub stderr: String,
    pub signal: Option<String>,
    /// Why the case failed, in words (the first difference, the exception).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// What the `test` build found that LeetCode's build would not (a Rust overflow): the
    /// verdict is from a build like LeetCode's, this is said beside it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
    /// The JSON path of the first difference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff_path: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub truncated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpStatus {
    Met,
    NotMet,
}

#[derive(Debug, Clone, Serialize)]
pub struct SessionInfo {
    pub elapsed_s: i64,
    pub timebox_s: i64,
    pub over_time: bool,
}

/// The `test` / `submit` document of docs/contract.md section 6.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub slug: String,
    pub language: String,
    pub verdict: Verdict,
    pub follow_up: Option<FollowUpStatus>,
    pub passed: usize,
    pub total: usize,
    pub compile_output: Option<String>,
    pub cases: Vec<CaseReport>,
    pub session: Option<SessionInfo>,
}

/// The largest value shown in full in a report; larger ones are cut.
pub const SHOWN_VALUE: usize = 4 << 10;

/// A value for the report: in full when small, else cut (and marked).
pub fn shown(value: &Value) -> (Value, bool) {
    let text = value.to_string();
    if text.len() <= SHOWN_VALUE {
        return (value.clone(), false);
    }
    match value {
        Value::Array(items) => {
            let mut kept = Vec::new();
            let mut size = 0;
            for item in items {
                size += item.to_string().len() + 1;
                if size > SHOWN_VALUE {
                    break;
                }
                kept.push(item.clone());
            }
            (Value::Array(kept), true)
        }
        Value::String(s) => (Value::String(s.chars().take(SHOWN_VALUE).collect()), true),
        Value::Object(map) => (
            Value::Object(map.iter().map(|(k, v)| (k.clone(), shown(v).0)).collect()),
            true,
        ),
        other => (other.clone(), false),
    }
}
