//! A mock interview's summary for people: the clock, then per problem its outcome, submits,
//! cases passed, time it was the current problem and hints.

use std::fmt::Write as _;

use super::report::{clock, outcome};
use super::style;
use super::text::plural;
use crate::history::Mock;

pub fn summary(mock: &Mock) -> String {
    let mut out = format!(
        "{}  {} of {}\n",
        style::heading("Mock interview over"),
        clock(mock.elapsed_s),
        clock(mock.timebox_s)
    );
    let width = mock
        .problems
        .iter()
        .map(|p| p.slug.len())
        .max()
        .unwrap_or(0);
    for p in &mock.problems {
        let cases = match (p.passed, p.total) {
            (Some(passed), Some(total)) => format!("{passed}/{total} cases"),
            _ => "no cases run".to_string(),
        };
        let _ = writeln!(
            out,
            "  {:<width$}  {}  {}",
            p.slug,
            outcome(&p.verdict, None),
            style::dim(&format!(
                "{} · {cases} · {} · {}",
                plural(p.submits as usize, "submit"),
                p.time_s.map_or_else(
                    || "time unknown".to_string(),
                    |t| format!("{} spent", clock(t))
                ),
                plural(p.hints_used as usize, "hint"),
            ))
        );
    }
    let solved = mock
        .problems
        .iter()
        .filter(|p| p.verdict == "accepted")
        .count();
    let _ = writeln!(
        out,
        "{}",
        style::dim(&format!(
            "{solved} of {} solved{}",
            plural(mock.problems.len(), "problem"),
            if mock.elapsed_s > mock.timebox_s {
                ", over time"
            } else {
                ""
            }
        ))
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::MockProblem;

    #[test]
    fn the_summary_speaks_words_not_json() {
        let _lock = crate::ui::COLOUR_LOCK.lock();
        colored::control::set_override(false);
        let mock = Mock {
            v: 1,
            event: "mock".into(),
            at: "2026-11-28T10:00:00+00:00".into(),
            started_at: "2026-11-28T09:00:00+00:00".into(),
            elapsed_s: 3000,
            timebox_s: 2700,
            problems: vec![
                MockProblem {
                    slug: "two-sum".into(),
                    verdict: "wrong_answer".into(),
                    submits: 1,
                    passed: Some(3),
                    total: Some(40),
                    time_s: Some(1800),
                    hints_used: 0,
                },
                MockProblem {
                    slug: "valid-anagram".into(),
                    verdict: "none".into(),
                    submits: 0,
                    passed: None,
                    total: None,
                    time_s: Some(1200),
                    hints_used: 0,
                },
            ],
        };
        let text = summary(&mock);
        assert!(
            text.contains(
                "two-sum        Wrong Answer  1 submit · 3/40 cases · 30:00 spent · 0 hints"
            ),
            "{text}"
        );
        assert!(
            text.contains("valid-anagram  not submitted  0 submits · no cases run · 20:00 spent"),
            "{text}"
        );
        assert!(text.contains("0 of 2 problems solved, over time"), "{text}");
        assert!(!text.contains("wrong_answer"));
    }
}
