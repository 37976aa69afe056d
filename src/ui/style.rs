//! Named styles: the only place that picks colours.

use colored::{ColoredString, Colorize};

use crate::judge::report::Verdict;

pub fn error(text: &str) -> ColoredString {
    text.red().bold()
}

pub fn warning(text: &str) -> ColoredString {
    text.yellow().bold()
}

pub fn heading(text: &str) -> ColoredString {
    text.bold()
}

pub fn dim(text: &str) -> ColoredString {
    text.dimmed()
}

pub fn code(text: &str) -> ColoredString {
    text.cyan()
}

pub fn good(text: &str) -> ColoredString {
    text.green()
}

pub fn bad(text: &str) -> ColoredString {
    text.red()
}

pub fn verdict(v: Verdict, text: &str) -> ColoredString {
    match v {
        Verdict::Accepted => text.green().bold(),
        Verdict::Skipped | Verdict::Unchecked => text.dimmed(),
        Verdict::CompileError | Verdict::InternalError => text.magenta().bold(),
        Verdict::WrongAnswer => text.red().bold(),
        _ => text.yellow().bold(),
    }
}

pub fn difficulty(d: crate::catalog::Difficulty) -> ColoredString {
    let text = d.as_str();
    match d {
        crate::catalog::Difficulty::Easy => text.green(),
        crate::catalog::Difficulty::Medium => text.yellow(),
        crate::catalog::Difficulty::Hard => text.red(),
    }
}

pub fn status(s: &str) -> ColoredString {
    match s {
        "solved" | "solved*" => s.green(),
        "attempted" => s.yellow(),
        _ => s.dimmed(),
    }
}

pub fn removed(text: &str) -> ColoredString {
    text.red()
}

pub fn added(text: &str) -> ColoredString {
    text.green()
}

/// The phase of a timebox.
pub fn phase(p: &str) -> ColoredString {
    match p {
        "solving" => p.green(),
        "testing" => p.yellow().bold(),
        _ => p.red().bold(),
    }
}
