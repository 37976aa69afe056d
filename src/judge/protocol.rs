//! The contract between the judge and a harness, in one place (docs/design.md, "The harness
//! protocol as built"): what the judge writes on the harness's stdin, what the harness writes
//! back on fd 3, and the limits both sides keep. `run.rs` speaks the judge's side; each
//! language's harness (src/lang/) speaks the other, and `tests/protocol.rs` holds every one of
//! them to this file.
//!
//! A value a harness needs (how much a case may print, how large a stack to give the thread
//! that runs the cases) travels in the header rather than being written again in the
//! harness's own language, so it is decided here alone.

use serde::Serialize;
use serde_json::Value;

/// A case's stdout: past this many bytes the case is OUTPUT_LIMIT. Sent in the header; the
/// file-size rlimit is twice it, so a flood stops soon after.
pub const CASE_STDOUT_CAP: u64 = 8 << 20;
/// What a run may print on its stdout and stderr pipes outside its cases.
pub const PIPE_CAP: usize = 1 << 20;
/// The longest record line read from fd 3 (a case's value is on one line).
pub const RECORD_CAP: usize = 256 << 20;

/// The `type` of a case's `error` that is a verdict rather than a runtime error: the
/// language's own out-of-memory error.
pub const MEMORY_ERROR: &str = "MemoryError";
/// The `type` of a case's `error` when the harness itself ended a case that printed past
/// `stdout_cap`.
pub const OUTPUT_LIMIT_ERROR: &str = "OutputLimit";

/// The first line on the harness's stdin, as JSON; the cases follow in the program's
/// `Encoding`.
#[derive(Debug, Clone, Serialize)]
pub struct Header {
    /// The signature exactly as in problem.json (the harnesses that are not generated from
    /// it, Python's and JavaScript's, read it here).
    pub signature: Value,
    /// Bytes a case may print on stdout. A harness whose runtime would swallow the file-size
    /// limit's error (Java's PrintStream, Node's console) counts them itself and ends the
    /// case with an `OutputLimit` error past it.
    pub stdout_cap: u64,
    /// The stack, in bytes, of the thread that runs the cases, for a harness that starts one
    /// (Java). The others run cases on the main thread, whose stack is the sandbox's rlimit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case_stack: Option<u64>,
    /// How the cases come after the header: absent, one JSON line `[k, input]` per case;
    /// `marshal` (Python), a little-endian u32 `k` and u32 length, then the input in
    /// CPython's marshal format (`lang/python_marshal.rs`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stdin: Option<&'static str>,
}

impl Header {
    /// The header of a problem's signature, with the judge's limits.
    pub fn new(signature: Value) -> Header {
        Header {
            signature,
            stdout_cap: CASE_STDOUT_CAP,
            case_stack: None,
            stdin: None,
        }
    }

    /// The header as its stdin line.
    pub fn line(&self) -> Vec<u8> {
        let mut line = serde_json::to_vec(self).expect("a header is plain JSON");
        line.push(b'\n');
        line
    }
}

/// One line a harness writes on fd 3.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    /// `{"ev":"loaded"}`: the user's code loaded; cases follow.
    Loaded,
    /// `{"ev":"compile_error","message":...}`: the user's file did not load.
    CompileError(String),
    /// `{"ev":"start","k":k}`: case k starts now (the judge's clocks start here).
    Start(usize),
    /// `{"ev":"done","k":k,...}`: case k ended.
    Done(usize, Done),
    /// A line that is none of these (its first 200 bytes).
    Garbage(String),
}

/// What a `done` record says about its case.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Done {
    /// `value`: the answer, encoded by the signature's output type.
    pub value: Value,
    /// `aliased`: a returned node is one of the input's (a deep copy that is not one).
    pub aliased: bool,
    /// `bad_output`: the answer could not be encoded (a cycle in a returned list, ...).
    pub bad_output: Option<String>,
    /// `error`: `{type, message}` of an exception out of the user's code.
    pub error: Option<CaseError>,
    /// `cpu_ms`: the case's own CPU time, as the harness measured it.
    pub cpu_ms: f64,
    /// `call_ms`: the CPU time of the user's call alone, without decoding the input and
    /// encoding the answer (what the complexity probe fits); sent by the harnesses that
    /// separate the two (Python's), absent from the others.
    pub call_ms: Option<f64>,
    /// `mem_kb`: the process's peak resident memory (`VmHWM`) after the case.
    pub mem_kb: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CaseError {
    /// The exception's type (`IndexError`, `java.lang.NullPointerException`, ...), or
    /// `MEMORY_ERROR` / `OUTPUT_LIMIT_ERROR`.
    pub kind: String,
    pub message: String,
}

impl Record {
    /// Reads one line of fd 3.
    pub fn parse(line: &[u8]) -> Record {
        let garbage =
            || Record::Garbage(String::from_utf8_lossy(&line[..line.len().min(200)]).into_owned());
        let Ok(v) = serde_json::from_slice::<Value>(line) else {
            return garbage();
        };
        let k = || v["k"].as_u64().unwrap_or(0) as usize;
        match v["ev"].as_str() {
            Some("loaded") => Record::Loaded,
            Some("compile_error") => {
                Record::CompileError(v["message"].as_str().unwrap_or_default().to_string())
            }
            Some("start") => Record::Start(k()),
            Some("done") => Record::Done(k(), Done::from_json(&v)),
            _ => garbage(),
        }
    }
}

impl Done {
    /// The fields of a `done` record; a missing one has its default.
    fn from_json(record: &Value) -> Done {
        let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
        Done {
            value: record.get("value").cloned().unwrap_or(Value::Null),
            aliased: record["aliased"].as_bool().unwrap_or(false),
            bad_output: record.get("bad_output").map(text),
            error: record.get("error").map(|e| CaseError {
                kind: e["type"].as_str().unwrap_or("Error").to_string(),
                message: text(&e["message"]),
            }),
            cpu_ms: record["cpu_ms"].as_f64().unwrap_or(0.0),
            call_ms: record["call_ms"].as_f64(),
            mem_kb: record["mem_kb"].as_u64().unwrap_or(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn records_are_read_by_kind() {
        assert_eq!(Record::parse(br#"{"ev":"loaded"}"#), Record::Loaded);
        assert_eq!(Record::parse(br#"{"ev":"start","k":3}"#), Record::Start(3));
        let Record::Done(2, done) =
            Record::parse(br#"{"ev":"done","k":2,"value":[0,1],"cpu_ms":1.5,"mem_kb":900}"#)
        else {
            panic!("a done record")
        };
        assert_eq!(done.value, json!([0, 1]));
        assert_eq!((done.cpu_ms, done.mem_kb, done.error), (1.5, 900, None));
        let Record::Done(_, done) =
            Record::parse(br#"{"ev":"done","k":0,"error":{"type":"OutputLimit"}}"#)
        else {
            panic!("a done record")
        };
        assert_eq!(done.error.unwrap().kind, OUTPUT_LIMIT_ERROR);
        assert!(matches!(Record::parse(b"hello"), Record::Garbage(g) if g == "hello"));
    }

    #[test]
    fn the_header_carries_the_limits() {
        let mut header = Header::new(json!({"function": "f"}));
        let line: Value = serde_json::from_slice(&header.line()).unwrap();
        assert_eq!(
            line,
            json!({"signature": {"function": "f"}, "stdout_cap": CASE_STDOUT_CAP})
        );
        header.case_stack = Some(1 << 20);
        let line: Value = serde_json::from_slice(&header.line()).unwrap();
        assert_eq!(line["case_stack"], json!(1 << 20));
    }
}
