//! javac's output made readable: the user's file under its own path, with the implicit imports
//! taken out of line 1, and an error in the generated harness said as the call prep makes.

use super::compile;
use super::harness::Harness;
use super::lexer::IMPORTS;
use crate::lang::Source;

/// javac's output made readable: the user's file under its own path (with the implicit
/// imports taken out of line 1), and an error in the generated harness said as the call prep
/// makes (the user's signature differs from LeetCode's).
pub(super) fn compile_message(
    output: &str,
    source: &Source,
    user_file: &str,
    harness: &Harness,
) -> String {
    let lines: Vec<&str> = output.lines().collect();
    let mut user = Vec::new();
    let mut ours: Vec<String> = Vec::new();
    let mut other = Vec::new();
    let harness_lines: Vec<&str> = harness.text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let Some((file, rest)) = error_head(line) else {
            i += 1;
            continue;
        };
        // The lines of this message: up to the next `File.java:N: ` line or the count.
        let mut j = i + 1;
        while j < lines.len() && error_head(lines[j]).is_none() && !is_count(lines[j]) {
            j += 1;
        }
        let block = &lines[i + 1..j];
        if file == user_file {
            let (lineno, msg) = rest;
            let mut text = format!("{}:{lineno}: {msg}", source.display);
            for (n, l) in block.iter().enumerate() {
                let mut l = l.to_string();
                if lineno == 1 {
                    if n == 0 {
                        if let Some(s) = l.strip_prefix(IMPORTS) {
                            l = s.to_string();
                        }
                    } else if l.trim() == "^" && l.len() > IMPORTS.len() {
                        l = l[IMPORTS.len()..].to_string();
                    }
                }
                text.push('\n');
                text.push_str(&l);
            }
            user.push(text);
        } else if file == "PrepMain.java" {
            let (lineno, msg) = rest;
            let call = harness_lines
                .get(lineno.saturating_sub(1))
                .and_then(|l| l.split("// prep-call ").nth(1))
                .and_then(|n| n.trim().parse::<usize>().ok())
                .and_then(|n| harness.calls.get(n));
            let mut text = match call {
                Some(what) => format!(
                    "{}: prep calls {what} (LeetCode's signature), and your code does not fit it:\n  {msg}",
                    source.display
                ),
                None => format!(
                    "{}: your code does not fit the calls prep makes (LeetCode's signature: {}):\n  {msg}",
                    source.display,
                    harness.calls.join(", ")
                ),
            };
            // javac's details (symbol, required, found, reason), not the generated line.
            for l in block {
                let t = l.trim_start();
                if l.starts_with("  ")
                    && !t.starts_with('^')
                    && t.split_once(':').is_some_and(|(w, _)| {
                        !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic())
                    })
                {
                    text.push_str("\n    ");
                    text.push_str(t);
                }
            }
            if !ours.contains(&text) {
                ours.push(text);
            }
        } else {
            let mut text = line.to_string();
            for l in block {
                text.push('\n');
                text.push_str(l);
            }
            other.push(text);
        }
        i = j;
    }
    let mut parts = if !user.is_empty() {
        user
    } else if !ours.is_empty() {
        ours
    } else {
        other
    };
    if parts.is_empty() {
        parts.push(output.trim().to_string());
    }
    compile::trim_lines(&parts.join("\n"), 60)
}

/// `File.java:12: error: message` as (file, (12, "error: message")).
fn error_head(line: &str) -> Option<(&str, (usize, &str))> {
    let (file, rest) = line.split_once(".java:")?;
    if file.contains(' ') {
        return None;
    }
    let (n, msg) = rest.split_once(": ")?;
    let n = n.parse().ok()?;
    let file = &line[..file.len() + 5];
    Some((file, (n, msg)))
}

fn is_count(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() == 2
        && words[0].chars().all(|c| c.is_ascii_digit())
        && matches!(words[1], "error" | "errors" | "warning" | "warnings")
}

#[cfg(test)]
mod tests {
    use super::super::harness::harness;
    use super::*;
    use crate::types::signature::Signature;
    use serde_json::json;

    #[test]
    fn javac_errors_point_at_the_users_file_and_the_call() {
        let sig = Signature::from_json(&json!({"function": "twoSum", "params": [
            {"name": "nums", "type": "int[]"}, {"name": "target", "type": "int"}], "returns": "int[]"}))
        .unwrap();
        let harness = harness(&sig);
        let call_line = harness
            .text
            .lines()
            .position(|l| l.contains("// prep-call 0"))
            .unwrap()
            + 1;
        let source = Source {
            display: "/home/u/two-sum/Solution.java".into(),
            text: String::new(),
        };
        let out = format!("Solution.java:1: error: ';' expected\n{IMPORTS}class Solution {{ int x }}\n{}^\nPrepMain.java:{call_line}: error: incompatible types\n        int[] r = x;\n              ^\n2 errors\n", " ".repeat(IMPORTS.len() + 22));
        let message = compile_message(&out, &source, "Solution.java", &harness);
        assert_eq!(
            message,
            format!(
                "/home/u/two-sum/Solution.java:1: error: ';' expected\nclass Solution {{ int x }}\n{}^",
                " ".repeat(22)
            )
        );
        let out = format!("PrepMain.java:{call_line}: error: method twoSum in class Solution cannot be applied to given types;\n        int[] r = new Solution().twoSum(a0, a1);\n                                ^\n  required: int[]\n  found:    int[],int\n  reason: actual and formal argument lists differ in length\n1 error\n");
        let message = compile_message(&out, &source, "Solution.java", &harness);
        assert!(
            message.contains("prep calls `int[] twoSum(int[] nums, int target)` on `Solution` (LeetCode's signature)"),
            "{message}"
        );
        assert!(message.contains("required: int[]"), "{message}");
        assert!(!message.contains("a0, a1"), "{message}");
    }
}
