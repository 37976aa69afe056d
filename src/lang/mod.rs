//! Languages behind one trait: the scaffold a user starts from, the toolchain, and how a
//! solution becomes a harness program that speaks the judge's protocol. A new language is one
//! new file here.

pub mod compile;
pub mod cpp;
pub mod go;
pub mod java;
pub mod javascript;
pub mod python;
pub mod python_marshal;
pub mod rust;
pub mod tokens;
pub mod toolchain;
pub mod typescript;

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::catalog::Problem;
use crate::judge::protocol::Header;
use crate::types::signature::Signature;
use crate::types::Type;

/// The languages of docs/contract.md section 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LangId {
    Python,
    Java,
    Cpp,
    Rust,
    JavaScript,
    Go,
    TypeScript,
}

impl LangId {
    pub const ALL: [LangId; 7] = [
        LangId::Python,
        LangId::Java,
        LangId::Cpp,
        LangId::Rust,
        LangId::JavaScript,
        LangId::Go,
        LangId::TypeScript,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LangId::Python => "python",
            LangId::Java => "java",
            LangId::Cpp => "cpp",
            LangId::Rust => "rust",
            LangId::JavaScript => "javascript",
            LangId::Go => "go",
            LangId::TypeScript => "typescript",
        }
    }

    /// The language's name as people write it.
    pub fn title(self) -> &'static str {
        match self {
            LangId::Python => "Python",
            LangId::Java => "Java",
            LangId::Cpp => "C++",
            LangId::Rust => "Rust",
            LangId::JavaScript => "JavaScript",
            LangId::Go => "Go",
            LangId::TypeScript => "TypeScript",
        }
    }

    pub fn parse(text: &str) -> Option<LangId> {
        match text.to_ascii_lowercase().as_str() {
            "python" | "py" | "python3" => Some(LangId::Python),
            "java" => Some(LangId::Java),
            "cpp" | "c++" | "cxx" | "cc" => Some(LangId::Cpp),
            "rust" | "rs" => Some(LangId::Rust),
            "javascript" | "js" | "node" => Some(LangId::JavaScript),
            "go" | "golang" => Some(LangId::Go),
            "typescript" | "ts" => Some(LangId::TypeScript),
            _ => None,
        }
    }

    /// The language of a file, from its extension.
    pub fn from_path(path: &Path) -> Option<LangId> {
        match path.extension()?.to_str()? {
            "py" => Some(LangId::Python),
            "java" => Some(LangId::Java),
            "cpp" | "cc" | "cxx" => Some(LangId::Cpp),
            "rs" => Some(LangId::Rust),
            "js" | "mjs" => Some(LangId::JavaScript),
            "go" => Some(LangId::Go),
            "ts" => Some(LangId::TypeScript),
            _ => None,
        }
    }

    /// The solution file's name in the workspace.
    pub fn file_name(self) -> &'static str {
        match self {
            LangId::Python => "solution.py",
            LangId::Java => "Solution.java",
            LangId::Cpp => "solution.cpp",
            LangId::Rust => "solution.rs",
            LangId::JavaScript => "solution.js",
            LangId::Go => "solution.go",
            LangId::TypeScript => "solution.ts",
        }
    }
}

impl fmt::Display for LangId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a build is for: `test` builds C++ with sanitizers (LeetCode runs C++ under
/// AddressSanitizer, so an out-of-bounds read fails there), `submit` times an optimised build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Purpose {
    Test,
    #[default]
    Submit,
}

/// How the judge writes each case on the harness's stdin (after the JSON header line).
#[derive(Debug, Clone)]
pub enum Encoding {
    /// One line `[k, input]` of JSON per case: for runtimes with a JSON parser.
    JsonLines,
    /// Per case its index and length (two little-endian u32) and the input in CPython's
    /// `marshal` format (`python_marshal.rs`), which CPython loads far faster than JSON.
    PyMarshal,
    /// The type-directed token stream of `tokens.rs`: for harnesses in languages whose standard
    /// library has no JSON parser.
    Tokens(Box<Signature>),
}

impl Encoding {
    /// Case `k`'s input as one stdin record.
    pub fn encode(&self, k: usize, input: &Value) -> Vec<u8> {
        let mut out = Vec::new();
        self.frame(k, &self.payload(input), &mut out);
        out
    }

    /// A case's input in this encoding, without its index: what the input cache stores, so a
    /// cached input goes to the harness as it is (`frame`).
    pub fn payload(&self, input: &Value) -> Vec<u8> {
        match self {
            Encoding::JsonLines => input.to_string().into_bytes(),
            Encoding::PyMarshal => python_marshal::dumps(input),
            Encoding::Tokens(signature) => tokens::encode_values(signature, input),
        }
    }

    /// Appends case `k`'s stdin record made of its `payload`.
    pub fn frame(&self, k: usize, payload: &[u8], out: &mut Vec<u8>) {
        match self {
            Encoding::JsonLines => {
                out.extend_from_slice(format!("[{k},").as_bytes());
                out.extend_from_slice(payload);
                out.extend_from_slice(b"]\n");
            }
            Encoding::PyMarshal => {
                out.extend_from_slice(&(k as u32).to_le_bytes());
                out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
                out.extend_from_slice(payload);
            }
            Encoding::Tokens(_) => {
                out.extend_from_slice(k.to_string().as_bytes());
                out.extend_from_slice(payload);
            }
        }
    }

    /// The name of this encoding's payloads in the input cache: the token stream depends on
    /// the signature's types, so its name carries a digest of them.
    pub fn form(&self) -> String {
        match self {
            Encoding::JsonLines => "json".into(),
            Encoding::PyMarshal => "marshal".into(),
            Encoding::Tokens(signature) => {
                use sha2::{Digest as _, Sha256};
                let digest = Sha256::digest(format!("{signature:?}").as_bytes());
                let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
                format!("tokens-{hex}")
            }
        }
    }
}

/// A built solution, ready to run under the harness protocol.
#[derive(Debug, Clone)]
pub struct Program {
    pub program: PathBuf,
    pub args: Vec<OsString>,
    /// Extra environment variables of the run (on top of the sandbox's minimal environment).
    pub env: Vec<(String, String)>,
    /// Files written into the run's fresh folder before it starts.
    pub files: Vec<(String, Vec<u8>)>,
    /// An address-space limit, for runtimes that tolerate one.
    pub address_space: Option<u64>,
    /// Resident memory the runtime itself needs (a JVM, V8, the sanitizers' shadow memory),
    /// allowed on top of the problem's memory limit before the watchdog calls it a memory
    /// limit; the runtime's own heap cap (`-Xmx`, `--max-old-space-size`) holds the solution
    /// to the limit itself.
    pub memory_allowance_kb: u64,
    /// The CPU limit multiplier against the problem's (Python) base limit.
    pub time_multiplier: f64,
    pub encoding: Encoding,
}

/// The user's solution as the judge receives it.
#[derive(Debug, Clone)]
pub struct Source {
    /// Shown in messages (the user's own path).
    pub display: String,
    pub text: String,
}

/// The result of the build step: a compile error is a verdict, not a failure of prep.
#[derive(Debug)]
pub enum Build {
    Ready(Program),
    CompileError(String),
}

/// A missing or broken toolchain; prep cannot go on (exit 2).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct ToolchainError {
    pub message: String,
}

pub trait Language {
    fn id(&self) -> LangId;
    /// The harness header: what the harness needs to know about the problem and the limits
    /// it keeps itself (judge/protocol.rs).
    fn header(&self, problem: &Problem) -> Header {
        Header::new(problem.signature_json.clone())
    }
    /// Why the problem is not offered in this language, when it is not.
    fn not_offered(&self, _problem: &Problem) -> Option<String> {
        None
    }
    /// A fresh solution file with the LeetCode signature and the statement as a comment.
    fn scaffold(&self, problem: &Problem) -> String;
    /// Finds the toolchain, its real path and version.
    fn toolchain(&self, cache: &Path) -> Result<toolchain::Toolchain, ToolchainError>;
    /// The trusted build step (cached by content hash where it compiles).
    fn build(
        &self,
        problem: &Problem,
        source: &Source,
        toolchain: &toolchain::Toolchain,
        cache: &Path,
        purpose: Purpose,
    ) -> Result<Build, ToolchainError>;
    /// A correct two-sum solution, which `prep doctor` judges to show the language works.
    fn trial(&self) -> &'static str;
    /// Whether a runtime error of the `test` build is one that LeetCode's build would not
    /// have (Rust's overflow checks, on in `test` as a debugging aid, off on LeetCode): then
    /// the case runs again with the `submit` build, whose result stands, and this text is
    /// shown beside it as a warning.
    fn debug_only_failure(&self, _message: &str) -> Option<String> {
        None
    }
}

/// The implementation of a language.
pub fn language(id: LangId) -> Box<dyn Language> {
    match id {
        LangId::Python => Box::new(python::Python),
        LangId::Java => Box::new(java::Java),
        LangId::Cpp => Box::new(cpp::Cpp),
        LangId::Rust => Box::new(rust::Rust),
        LangId::JavaScript => Box::new(javascript::JavaScript),
        LangId::Go => Box::new(go::Go),
        LangId::TypeScript => Box::new(typescript::TypeScript),
    }
}

/// Why a problem is not offered in Rust, when it is not: LeetCode offers no Rust for
/// signatures with a cyclic list, a graph node or a random-pointer node (docs/contract.md 2).
pub fn rust_not_offered(problem: &Problem) -> Option<String> {
    let sig = &problem.signature;
    let cyclic = matches!(sig, Signature::Function { params, .. }
        if params.iter().any(|p| matches!(p.role, crate::types::signature::Role::CycleIn(_))));
    let why = if cyclic {
        "its list may have a cycle"
    } else if sig.mentions(&Type::Node) {
        "it uses a graph `Node`"
    } else if sig.mentions(&Type::RandomNode) {
        "it uses a random-pointer `Node`"
    } else {
        return None;
    };
    Some(format!(
        "{why}, and LeetCode offers no Rust version either: try --lang python, java, cpp, javascript or typescript"
    ))
}

/// The head of every scaffold, as comments starting with `prefix`: the problem's number,
/// title, difficulty and topics, its statement, and the commands that judge it.
pub fn scaffold_header(problem: &Problem, prefix: &str) -> String {
    let bare = prefix.trim_end();
    let mut out = format!(
        "{prefix}{}. {} ({})\n{prefix}topics: {}\n{bare}\n",
        problem.order,
        problem.title,
        problem.difficulty.as_str(),
        problem.topics.join(", ")
    );
    out.push_str(&comment_block(&problem.statement, prefix, 90));
    out.push_str(&format!(
        "{bare}\n{prefix}prep test {0}    prep submit {0}\n\n",
        problem.slug
    ));
    out
}

/// Reflows markdown into comment lines of at most `width` columns: paragraphs are joined and
/// rewrapped, list items and headings keep their own lines.
pub fn comment_block(text: &str, prefix: &str, width: usize) -> String {
    let mut blocks: Vec<String> = Vec::new();
    let mut open = false;
    for line in text.lines() {
        let trimmed = line.trim();
        let starts_block = trimmed.starts_with("- ")
            || trimmed.starts_with("* ")
            || trimmed.starts_with('#')
            || trimmed
                .split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        if trimmed.is_empty() {
            blocks.push(String::new());
            open = false;
        } else if open && !starts_block && !trimmed.starts_with('#') {
            let last = blocks.last_mut().expect("open block");
            last.push(' ');
            last.push_str(trimmed);
        } else {
            blocks.push(trimmed.to_string());
            open = !trimmed.starts_with('#');
        }
    }
    let mut out = String::new();
    for block in blocks {
        if block.is_empty() {
            out.push_str(prefix.trim_end());
            out.push('\n');
            continue;
        }
        let hang = if block.starts_with("- ") || block.starts_with("* ") {
            2
        } else {
            0
        };
        let mut current = String::new();
        for word in block.split_whitespace() {
            if !current.trim().is_empty() && prefix.len() + current.len() + 1 + word.len() > width {
                out.push_str(prefix);
                out.push_str(&current);
                out.push('\n');
                current = " ".repeat(hang);
            } else if !current.trim().is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push_str(prefix);
        out.push_str(&current);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_reflow_paragraphs_and_keep_list_items() {
        let text = "Find two numbers\nthat add up.\n\n## Constraints\n\n- `2 <= n`\n- one answer";
        assert_eq!(
            comment_block(text, "# ", 90),
            "# Find two numbers that add up.\n#\n# ## Constraints\n#\n# - `2 <= n`\n# - one answer\n"
        );
        let long = "word ".repeat(40);
        assert!(comment_block(&long, "# ", 30)
            .lines()
            .all(|l| l.len() <= 30));
    }
}
