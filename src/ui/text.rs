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

/// `1 hint`, `2 hints`, `0 hints`.
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The width of the terminal prep prints to: `COLUMNS` when set, else the terminal's when
/// stdout is one; `None` when printing to a pipe or file (nothing is cut then).
pub fn terminal_width() -> Option<usize> {
    if let Some(n) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return Some(n);
    }
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return None;
    }
    crossterm::terminal::size()
        .ok()
        .map(|(w, _)| usize::from(w))
}

/// `text` cut to at most `width` characters, ending in `…` when cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    if width > 0 {
        cut.push('…');
    }
    cut
}

#[cfg(test)]
mod fit_tests {
    use super::*;

    #[test]
    fn fit_cuts_with_an_ellipsis_and_plural_counts() {
        assert_eq!(fit("arrays, hashing", 20), "arrays, hashing");
        assert_eq!(fit("arrays, hashing", 8), "arrays,…");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(plural(1, "hint"), "1 hint");
        assert_eq!(plural(0, "hint"), "0 hints");
        assert_eq!(plural(2, "problem"), "2 problems");
    }
}
