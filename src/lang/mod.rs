//! Languages behind one trait: the scaffold a user starts from, the toolchain, and how a
//! solution becomes a harness program that speaks the judge's protocol. A new language is one
//! new file here.

pub mod python;
pub mod toolchain;

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::catalog::Problem;

/// The languages of CONTRACT.md section 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LangId {
    Python,
    Java,
    Cpp,
    Rust,
    JavaScript,
}

impl LangId {
    pub const ALL: [LangId; 5] = [
        LangId::Python,
        LangId::Java,
        LangId::Cpp,
        LangId::Rust,
        LangId::JavaScript,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LangId::Python => "python",
            LangId::Java => "java",
            LangId::Cpp => "cpp",
            LangId::Rust => "rust",
            LangId::JavaScript => "javascript",
        }
    }

    pub fn parse(text: &str) -> Option<LangId> {
        match text.to_ascii_lowercase().as_str() {
            "python" | "py" | "python3" => Some(LangId::Python),
            "java" => Some(LangId::Java),
            "cpp" | "c++" | "cxx" | "cc" => Some(LangId::Cpp),
            "rust" | "rs" => Some(LangId::Rust),
            "javascript" | "js" | "node" => Some(LangId::JavaScript),
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
        }
    }
}

impl fmt::Display for LangId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A built solution, ready to run under the harness protocol.
#[derive(Debug, Clone)]
pub struct Program {
    pub program: PathBuf,
    pub args: Vec<OsString>,
    /// Files written into the run's fresh folder before it starts.
    pub files: Vec<(String, Vec<u8>)>,
    /// An address-space limit, for runtimes that tolerate one.
    pub address_space: Option<u64>,
    /// Encodes case `k`'s input as one stdin record.
    pub encode_case: fn(usize, &Value) -> Vec<u8>,
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
    /// The harness header: what the harness needs to know about the problem.
    fn header(&self, problem: &Problem) -> Value;
    /// Why the problem is not offered in this language, when it is not.
    fn not_offered(&self, problem: &Problem) -> Option<String>;
    /// A fresh solution file with the LeetCode signature and the statement as a comment.
    fn scaffold(&self, problem: &Problem) -> String;
    /// The CPU limit multiplier against the problem's (Python) base limit.
    fn time_multiplier(&self) -> f64;
    /// Finds the toolchain, its real path and version.
    fn toolchain(&self, cache: &Path) -> Result<toolchain::Toolchain, ToolchainError>;
    /// The trusted build step.
    fn build(
        &self,
        problem: &Problem,
        source: &Source,
        toolchain: &toolchain::Toolchain,
        cache: &Path,
    ) -> Result<Build, ToolchainError>;
}

/// The implementation of a language, or why it is not available yet.
pub fn language(id: LangId) -> Result<Box<dyn Language>, ToolchainError> {
    match id {
        LangId::Python => Ok(Box::new(python::Python)),
        other => Err(ToolchainError {
            message: format!(
                "{other} solutions are not supported by this version of prep yet; python is"
            ),
        }),
    }
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
