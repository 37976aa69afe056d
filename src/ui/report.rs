//! A judge report as text: a verdict line, one line per case (or only the failures of a long
//! run), and for a failing case its input, expected and actual values, the first difference,
//! a line diff for long text, and what the solution printed.

use std::fmt::Write as _;

use serde_json::Value;
use similar::{ChangeTag, TextDiff};

use super::style;
use super::text::{input, one_line};
use crate::judge::report::{CaseReport, FollowUpStatus, Report, Verdict};

/// Runs of at most this many cases list every case; longer ones list failures only.
const LIST_ALL: usize = 12;
const VALUE_WIDTH: usize = 300;

/// The report of a run of `problem`: a failed follow-up names that problem's own question.
pub fn render_for(report: &Report, problem: &crate::catalog::Problem) -> String {
    render_with(report, problem.follow_up.as_ref().map(|f| f.text.as_str()))
}

pub fn render(report: &Report) -> String {
    render_with(report, None)
}

fn render_with(report: &Report, follow_up: Option<&str>) -> String {
    let mut out = String::new();
    let title = report.verdict.title();
    let mut headline = style::verdict(report.verdict, title).to_string();
    if report.follow_up == Some(FollowUpStatus::NotMet) {
        let _ = write!(headline, " {}", style::warning("(follow-up not met)"));
    }
    let _ = writeln!(
        out,
        "{headline}  {}",
        style::dim(&format!(
            "{} · {} · passed {}/{}",
            report.slug, report.language, report.passed, report.total
        ))
    );
    if let Some(compile) = &report.compile_output {
        out.push('\n');
        for line in compile.lines().take(40) {
            let _ = writeln!(out, "  {line}");
        }
        return out;
    }
    let list_all = report.cases.len() <= LIST_ALL;
    let mut skipped = 0;
    for case in &report.cases {
        if case.verdict == Verdict::Skipped {
            skipped += 1;
            continue;
        }
        let failed = case.verdict.is_failure() || case.verdict == Verdict::Unchecked;
        // `prep test --input`: the value returned is the point, passed or not.
        let custom = case.group == crate::judge::report::Group::Custom;
        if list_all || failed || case.warning.is_some() {
            case_line(&mut out, case);
        }
        if let Some(warning) = &case.warning {
            let mut lines = warning.lines();
            let _ = writeln!(
                out,
                "      {} {}",
                style::warning(&format!("{:<9}", "warning")),
                lines.next().unwrap_or_default()
            );
            for line in lines.take(6) {
                let _ = writeln!(out, "                {line}");
            }
        }
        if failed || custom || (list_all && !case.stdout.is_empty()) {
            details(&mut out, case);
        }
    }
    if skipped > 0 {
        let _ = writeln!(
            out,
            "  {}",
            style::dim(&format!(
                "{skipped} more skipped after the first failure (--all runs them)"
            ))
        );
    }
    if !list_all && report.verdict == Verdict::Accepted {
        summary(&mut out, report);
    }
    if report.follow_up == Some(FollowUpStatus::NotMet) {
        let text = match follow_up {
            Some(question) => format!("Accepted on the main tests; the follow-up failed. It asks: {question}"),
            None => "Accepted on the main tests; the follow-up group failed: `prep show` has its question.".to_string(),
        };
        let _ = writeln!(out, "  {}", style::warning(&text));
    }
    if let Some(s) = &report.session {
        let _ = writeln!(
            out,
            "  {}",
            style::dim(&format!(
                "time {} of {}{}",
                clock(s.elapsed_s),
                clock(s.timebox_s),
                if s.over_time { " (over time)" } else { "" }
            ))
        );
    }
    out
}

/// One failed case as a report shows it: its line, then its input, expected and actual
/// values and why (what `prep stress` prints of the smallest failing input it found).
pub fn failed_case(case: &CaseReport) -> String {
    let mut out = String::new();
    case_line(&mut out, case);
    details(&mut out, case);
    out
}

fn case_line(out: &mut String, case: &CaseReport) {
    let mark = match case.verdict {
        Verdict::Accepted => style::good("✓").to_string(),
        Verdict::Unchecked => style::dim("?").to_string(),
        _ => style::bad("✗").to_string(),
    };
    let name = format!(
        "{} {}",
        case.group.as_str().replace('_', "-"),
        quoted(&case.name, case.group.as_str())
    );
    let verdict = if case.verdict == Verdict::Accepted {
        String::new()
    } else {
        format!("  {}", style::verdict(case.verdict, case.verdict.title()))
    };
    let _ = writeln!(
        out,
        "  {mark} {name:<34} {}{verdict}",
        style::dim(&format!(
            "{:>8} {:>9}",
            ms(case.cpu_ms),
            mem(case.memory_kb)
        ))
    );
}

fn quoted(name: &str, group: &str) -> String {
    // "example 1" reads better than "example example 1".
    name.strip_prefix(group)
        .map_or_else(|| name.to_string(), |rest| rest.trim().to_string())
}

fn details(out: &mut String, case: &CaseReport) {
    let label = |out: &mut String, name: &str, text: &str| {
        let _ = writeln!(out, "      {} {text}", style::dim(&format!("{name:<9}")));
    };
    label(out, "input", &input(&case.input, VALUE_WIDTH));
    if let Some(expected) = &case.expected {
        if case.verdict == Verdict::WrongAnswer || case.verdict == Verdict::Unchecked {
            label(out, "expected", &one_line(expected, VALUE_WIDTH));
        }
    }
    if let Some(actual) = &case.actual {
        label(
            out,
            if case.verdict == Verdict::Unchecked {
                "output"
            } else {
                "actual"
            },
            &one_line(actual, VALUE_WIDTH),
        );
    }
    if let Some(message) = &case.message {
        let at = case
            .diff_path
            .as_deref()
            .map(|p| format!("at {p}: "))
            .unwrap_or_default();
        let mut lines = message.lines();
        label(
            out,
            "why",
            &format!("{at}{}", lines.next().unwrap_or_default()),
        );
        for line in lines.take(12) {
            let _ = writeln!(out, "                {line}");
        }
    }
    if let (Some(Value::String(e)), Some(Value::String(a))) = (&case.expected, &case.actual) {
        if case.verdict == Verdict::WrongAnswer && (e.contains('\n') || a.contains('\n')) {
            line_diff(out, e, a);
        }
    }
    if let Some(signal) = &case.signal {
        label(out, "signal", signal);
    }
    if !case.stdout.is_empty() {
        let mut lines = case.stdout.lines();
        label(out, "stdout", lines.next().unwrap_or_default());
        for line in lines.take(19) {
            let _ = writeln!(out, "                {line}");
        }
    }
    if !case.stderr.trim().is_empty() {
        let lines: Vec<&str> = case.stderr.trim_end().lines().collect();
        let first = lines.len().saturating_sub(10);
        label(out, "stderr", lines[first]);
        for line in &lines[first + 1..] {
            let _ = writeln!(out, "                {line}");
        }
    }
}

fn line_diff(out: &mut String, expected: &str, actual: &str) {
    let diff = TextDiff::from_lines(expected, actual);
    let _ = writeln!(out, "      {}", style::dim("diff (- expected, + actual)"));
    for change in diff.iter_all_changes().take(60) {
        let text = change.value().trim_end_matches('\n');
        let line = match change.tag() {
            ChangeTag::Delete => style::removed(&format!("- {text}")).to_string(),
            ChangeTag::Insert => style::added(&format!("+ {text}")).to_string(),
            ChangeTag::Equal => format!("  {text}"),
        };
        let _ = writeln!(out, "        {line}");
    }
}

fn summary(out: &mut String, report: &Report) {
    let slowest = report
        .cases
        .iter()
        .max_by(|a, b| a.cpu_ms.total_cmp(&b.cpu_ms));
    let peak = report.cases.iter().map(|c| c.memory_kb).max().unwrap_or(0);
    if let Some(slow) = slowest {
        let _ = writeln!(
            out,
            "  {}",
            style::dim(&format!(
                "slowest case {:.0} ms ({}), peak memory {}",
                slow.cpu_ms,
                slow.name,
                mem(peak)
            ))
        );
    }
}

fn ms(cpu: f64) -> String {
    if cpu < 10.0 {
        format!("{cpu:.1} ms")
    } else {
        format!("{cpu:.0} ms")
    }
}

fn mem(kb: u64) -> String {
    if kb == 0 {
        String::new()
    } else {
        format!("{:.1} MB", kb as f64 / 1024.0)
    }
}

/// `mm:ss`.
/// A history outcome word for people, coloured: a verdict's title, "Gave up" for a give-up,
/// "not submitted" for a mock problem left alone; with "(follow-up not met)" when it applies.
pub fn outcome(word: &str, follow_up: Option<&str>) -> String {
    let mut text = match (word, Verdict::parse(word)) {
        (_, Some(v)) => style::verdict(v, v.title()).to_string(),
        (crate::history::GAVE_UP, None) => style::bad("Gave up").to_string(),
        ("none", None) => style::dim("not submitted").to_string(),
        (other, None) => other.replace('_', " "),
    };
    if word == "accepted" && follow_up == Some("not_met") {
        let _ = write!(text, " {}", style::warning("(follow-up not met)"));
    }
    text
}

pub fn clock(seconds: i64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::judge::report::{Group, SessionInfo};
    use serde_json::json;

    fn case(index: usize, group: Group, name: &str, verdict: Verdict) -> CaseReport {
        CaseReport {
            index,
            group,
            name: name.into(),
            verdict,
            cpu_ms: 0.4,
            limit_ms: 1000,
            wall_ms: 0.6,
            memory_kb: 9830,
            input: json!({"nums": [2, 7, 11, 15], "target": 9}),
            expected: Some(json!([0, 1])),
            actual: Some(json!([0, 1])),
            stdout: String::new(),
            stderr: String::new(),
            signal: None,
            message: None,
            warning: None,
            diff_path: None,
            truncated: false,
        }
    }

    fn report(verdict: Verdict, cases: Vec<CaseReport>) -> Report {
        Report {
            slug: "two-sum".into(),
            language: "python".into(),
            verdict,
            follow_up: None,
            passed: cases
                .iter()
                .filter(|c| c.verdict == Verdict::Accepted)
                .count(),
            total: cases.len(),
            compile_output: None,
            cases,
            session: None,
        }
    }

    fn plain(r: &Report) -> String {
        let _turn = crate::ui::COLOUR_LOCK
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        colored::control::set_override(false);
        render(r)
    }

    #[test]
    fn wrong_answer_shows_input_expected_actual_and_why() {
        let mut bad = case(2, Group::Test, "negatives", Verdict::WrongAnswer);
        bad.input = json!({"nums": [-3, 4, 3, 90], "target": 0});
        bad.expected = Some(json!([0, 2]));
        bad.actual = Some(json!([1, 2]));
        bad.message = Some("expected 0, found 1".into());
        bad.diff_path = Some("[0]".into());
        bad.stdout = "checking 4\nchecking 3\n".into();
        let mut skipped = case(3, Group::Generated, "large #1", Verdict::Skipped);
        skipped.actual = None;
        let r = report(
            Verdict::WrongAnswer,
            vec![
                case(0, Group::Example, "example 1", Verdict::Accepted),
                case(1, Group::Example, "example 2", Verdict::Accepted),
                bad,
                skipped,
            ],
        );
        insta::assert_snapshot!(plain(&r));
    }

    #[test]
    fn accepted_long_run_with_follow_up_not_met_and_session() {
        let mut cases: Vec<CaseReport> = (0..20)
            .map(|i| case(i, Group::Test, &format!("t{i}"), Verdict::Accepted))
            .collect();
        let mut slow = case(20, Group::FollowUp, "huge #1", Verdict::TimeLimitExceeded);
        slow.cpu_ms = 3000.0;
        slow.actual = None;
        slow.message = Some("stopped after using 1.5x the CPU limit".into());
        cases.push(slow);
        let mut r = report(Verdict::Accepted, cases);
        r.follow_up = Some(FollowUpStatus::NotMet);
        r.session = Some(SessionInfo {
            elapsed_s: 1630,
            timebox_s: 1500,
            over_time: true,
        });
        insta::assert_snapshot!(plain(&r));
    }

    #[test]
    fn compile_error_and_runtime_error() {
        let mut r = report(Verdict::CompileError, vec![]);
        r.compile_output = Some("  File \"/home/me/prep/two-sum/solution.py\", line 3\n    def twoSum(self, nums: List[int], target: int) -> List[int]\n                                                                 ^\nSyntaxError: expected ':'".into());
        insta::assert_snapshot!("compile_error", plain(&r));
        let mut crash = case(0, Group::Example, "example 1", Verdict::RuntimeError);
        crash.actual = None;
        crash.message = Some("  File \"solution.py\", line 4, in twoSum\n    return [seen[target - x], i]\nKeyError: 7".into());
        let r = report(Verdict::RuntimeError, vec![crash]);
        insta::assert_snapshot!("runtime_error", plain(&r));
    }

    #[test]
    fn multi_line_strings_get_a_line_diff() {
        let mut c = case(0, Group::Example, "example 1", Verdict::WrongAnswer);
        c.expected = Some(json!("a\nb\nc"));
        c.actual = Some(json!("a\nx\nc"));
        c.message = Some(
            "expected \"a\\nb\\nc\", found \"a\\nx\\nc\" (they differ from character 2)".into(),
        );
        insta::assert_snapshot!(plain(&report(Verdict::WrongAnswer, vec![c])));
    }
}
