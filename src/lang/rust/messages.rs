//! rustc's errors as a user needs them: the user's file under its own path, and an error in
//! the generated `main.rs` said as the call prep makes there.

use std::collections::BTreeMap;

use crate::lang::compile;

/// rustc's output made readable: the build folder's `solution.rs` is the user's file, the
/// closing summary lines go, and an error in the generated harness says which call prep makes.
pub(super) fn compile_message(
    output: &str,
    display: &str,
    calls: &BTreeMap<usize, String>,
) -> String {
    let mut harness_calls: Vec<&str> = Vec::new();
    let mut lines = Vec::new();
    for line in output.lines() {
        let t = line.trim_start();
        if t.starts_with("error: aborting due to")
            || t.starts_with("For more information about")
            || t.starts_with("Some errors have detailed explanations")
        {
            continue;
        }
        let mut line = line
            .replace("--> solution.rs:", &format!("--> {display}:"))
            .replace("::: solution.rs:", &format!("::: {display}:"));
        for marker in ["--> main.rs:", "::: main.rs:"] {
            if let Some(at) = line.find(marker) {
                let rest = &line[at + marker.len()..];
                let n: usize = rest
                    .split(':')
                    .next()
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
                // The nearest call at or before the line (a call may span a few lines).
                if let Some((_, what)) = calls.range(..=n).next_back() {
                    if !harness_calls.contains(&what.as_str()) {
                        harness_calls.push(what);
                    }
                }
                line = format!("{}{}prep's harness", &line[..at], &marker[..4]);
            }
        }
        lines.push(line);
    }
    let body = compile::trim_lines(&lines.join("\n"), 80);
    if harness_calls.is_empty() {
        return body;
    }
    let calls: Vec<String> = harness_calls
        .iter()
        .map(|what| format!("prep calls {what} (LeetCode's signature)"))
        .collect();
    format!(
        "{display}: {}; your code does not fit it:\n\n{body}",
        calls.join("; ")
    )
}
