//! `go build`'s errors as a user needs them: the user's file under its own path (the
//! `//line` directive does that), prep's files named as prep's, and a word on what prep
//! expects when the error is in the generated call or a type prep provides.

use std::fmt::Write as _;

use super::harness::{constructor_line, function_line, method_line};
use super::source::FILE;
use super::GODS_DIFFERENCE;
use crate::catalog::Problem;
use crate::lang::{compile, Source};
use crate::types::signature::Signature;

/// The compiler's output trimmed, with the hints that apply.
pub(super) fn compile_message(
    output: &str,
    problem: &Problem,
    source: &Source,
    gods: bool,
) -> String {
    let mut harness = false;
    let lines: Vec<String> = output
        .lines()
        .filter(|l| !l.starts_with("# "))
        .map(|l| {
            let mut line = l.to_string();
            for file in ["./prep_main.go:", "prep_main.go:"] {
                if line.starts_with(file) {
                    harness = true;
                    line = format!("prep's harness:{}", &line[file.len()..]);
                }
            }
            match line
                .strip_prefix(&format!("./{FILE}:"))
                .or_else(|| line.strip_prefix(&format!("{FILE}:")))
            {
                Some(rest) => format!("{}:{rest}", source.display),
                None => line,
            }
        })
        .collect();
    let mut message = compile::trim_lines(&lines.join("\n"), 40);
    if message.trim().is_empty() {
        // Seen once under a load average of 30, with two first builds of Go's standard
        // library at once: the cause was not traced, so say at least that it happened.
        message = "`go build` failed without a word (a process of it stopped by a signal, or by the compile limits): run it again".into();
    }
    for node in ["ListNode", "TreeNode", "Node"] {
        if output.contains(&format!("{node} redeclared")) {
            let _ = write!(
                message,
                "\n\n{}: prep provides LeetCode's `{node}` (as LeetCode does): remove your own definition of it",
                source.display
            );
        }
    }
    if output.contains("github.com/emirpasic/gods") {
        message.push_str("\n\n");
        message.push_str(if gods {
            GODS_DIFFERENCE
        } else {
            "github.com/emirpasic/gods is not installed here: `apt install golang-github-emirpasic-gods-dev`"
        });
    }
    if harness {
        let _ = write!(
            message,
            "\n\nprep calls {} (LeetCode's signature): check your function, type and method names and their parameter types.",
            expected(&problem.signature)
        );
    }
    message
}

/// What the harness calls, in Go.
fn expected(sig: &Signature) -> String {
    match sig {
        Signature::Function {
            name,
            params,
            returns,
            ..
        } => format!("`{}`", function_line(name, params, returns)),
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => {
            let mut list = vec![format!("`{}`", constructor_line(name, constructor))];
            list.extend(
                methods
                    .iter()
                    .map(|m| format!("`{}`", method_line(sig, name, m))),
            );
            list.join(", ")
        }
    }
}
