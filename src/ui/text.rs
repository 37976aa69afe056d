//! Statements and values as text for a terminal.

use serde_json::Value;

use super::style;

/// Renders statement markdown for a terminal: headings bold, `code` highlighted.
pub fn statement(markdown: &str) -> String {
    let mut out = String::new();
    for line in markdown.lines() {
        if let Some(h) = line.strip_prefix("## ").or_else(|| line.strip_prefix("# ")) {
            out.push_str(&style::heading(h).to_string());
        } else {
            out.push_str(&inline_code(line));
        }
        out.push('\n');
    }
    out
}

fn inline_code(line: &str) -> String {
    let mut out = String::new();
    for (i, part) in line.split('`').enumerate() {
        if i % 2 == 1 {
            out.push_str(&style::code(part).to_string());
        } else {
            out.push_str(&part.replace("**", ""));
        }
    }
    out
}

/// A value on one line, cut to `max` characters.
pub fn one_line(value: &Value, max: usize) -> String {
    let text = match value {
        Value::String(s) => serde_json::to_string(s).unwrap_or_default(),
        other => other.to_string(),
    };
    let text = text.replace(',', ", ");
    if text.chars().count() > max {
        format!(
            "{}... ({} chars)",
            text.chars().take(max).collect::<String>(),
            text.chars().count()
        )
    } else {
        text
    }
}

/// An input as `name = value, name = value`, in the order the case gives.
pub fn input(value: &Value, max: usize) -> String {
    match value {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| format!("{k} = {}", one_line(v, max)))
            .collect::<Vec<_>>()
            .join(", "),
        other => one_line(other, max),
    }
}
