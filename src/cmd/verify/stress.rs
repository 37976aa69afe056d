//! `verify --stress SECONDS`: no accepted reference is a false alarm of `prep stress`. The
//! finder's first inputs for a problem are drawn once (`judge::stress::sample`: at least its
//! first two batches, the smallest sizes of every generated group and the hand-written
//! inputs, then more batches until SECONDS have passed), with the accepted Python reference's
//! answers; then every other accepted reference, in every language, runs once on all of them
//! (one process per batch, as the finder runs a solution), judged by the problem's checker.
//! So a problem costs its drawing plus one run per reference, and the builds are the ones
//! `verify` has just made (cache hits), rather than a stress session per reference.
//!
//! A disagreement is shrunk as `prep stress` shrinks (a few seconds at most), and named
//! with the reference's file and the input. A valid input the Python reference fails on
//! fails the problem too: the finder would silently drop it. One whose answer the return type
//! cannot hold (coin-change-ii's count of ways for many small coins, past 2^31 - 1) is outside
//! the problem's promises, which no input rule can state: it is left out, and counted.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::shown;
use crate::catalog::Problem;
use crate::judge::report::CaseReport;
use crate::judge::stress::{self, shrink, Budget, Judged, StressError};
use crate::lang::{LangId, Source};

/// The finder's first batches, drawn whatever the time: the smallest sizes and the
/// hand-written inputs.
const AT_LEAST: u32 = 2;
/// How long a disagreement is shrunk.
const SHRINK: Duration = Duration::from_secs(5);
/// Inputs named when the Python reference cannot answer several.
const UNANSWERED_SHOWN: usize = 3;

pub fn check(
    problem: &Problem,
    cache: &Path,
    seconds: u64,
    strict: bool,
    failures: &mut Vec<String>,
    notes: &mut Vec<String>,
) {
    let started = Instant::now();
    let until = started + Duration::from_secs(seconds);
    let sample = match stress::sample(problem, cache, until, AT_LEAST) {
        Ok(s) => s,
        Err(e) => {
            failures.push(format!("stress: the Python reference's answers: {e}"));
            return;
        }
    };
    let drawn = started.elapsed().as_secs_f64();
    if !sample.unanswered.is_empty() {
        let named: Vec<String> = sample
            .unanswered
            .iter()
            .take(UNANSWERED_SHOWN)
            .map(|(input, why)| format!("{input} ({why})"))
            .collect();
        failures.push(format!(
            "stress: the accepted Python reference gave no answer to {} valid input(s) the finder drew: {}",
            sample.unanswered.len(),
            named.join("; ")
        ));
    }
    if sample.cases.is_empty() {
        failures.push("stress: the finder drew no input the Python reference answered".into());
        return;
    }
    let reference = problem.reference().map_or("", |r| r.file_name.as_str());
    let mut agreed = Vec::new();
    for solution in problem
        .solutions
        .iter()
        .filter(|s| s.kind == "accepted" && s.file_name != reference)
    {
        let Some(lang) = LangId::from_path(Path::new(&solution.file_name)) else {
            continue;
        };
        let language = crate::lang::language(lang);
        // A missing toolchain was told already, as a note or (--strict) a failure.
        if let Err(e) = language.toolchain(cache) {
            if !strict {
                notes.push(format!("{}: not stressed: {e}", shown(solution)));
            }
            continue;
        }
        let source = Source {
            display: shown(solution),
            text: solution.source.clone(),
        };
        let mut trial = Judged::new(problem, language.as_ref(), &source, cache);
        match stress::first_failure(&mut trial, &sample.cases) {
            Ok((_, None)) => agreed.push(solution.file_name.clone()),
            Ok((_, Some((k, case)))) => {
                trial.answers = sample
                    .cases
                    .iter()
                    .map(|(i, a)| (i.to_string(), Some(a.clone())))
                    .collect::<HashMap<_, _>>();
                let (input, case) = shrunk(problem, &mut trial, &sample.cases[k].0, case);
                failures.push(false_alarm(&source.display, reference, &input, &case));
            }
            Err(StressError::Compile(output)) => failures.push(format!(
                "{}: stress: does not compile: {}",
                source.display,
                output.lines().last().unwrap_or_default()
            )),
            Err(e) => failures.push(format!("{}: stress: {e}", source.display)),
        }
    }
    let beyond = match sample.beyond_type {
        0 => String::new(),
        n => format!(", {n} left out as their answer does not fit the return type"),
    };
    notes.push(format!(
        "stress: {} inputs drawn in {drawn:.1} s ({} batches{beyond}), answered by the Python reference {reference}; {} other accepted reference(s) agree{}{} ({:.1} s in all)",
        sample.cases.len(),
        sample.batches,
        agreed.len(),
        if agreed.is_empty() { "" } else { ": " },
        agreed.join(", "),
        started.elapsed().as_secs_f64()
    ));
}

/// The failing input shrunk by the finder (its search draws the same batches first, whose
/// answers `trial` already holds), or the drawn one when the finder does not find it again.
fn shrunk(
    problem: &Problem,
    trial: &mut Judged<'_>,
    drawn: &Value,
    case: CaseReport,
) -> (Value, CaseReport) {
    let budget = Budget {
        until: Instant::now() + SHRINK,
        shrink_at_least: Duration::ZERO,
        batches: u32::MAX,
    };
    match stress::find(problem, trial, budget) {
        Ok(finding) => match finding.found {
            Some((input, case)) if shrink::size(&input) <= shrink::size(drawn) => (input, case),
            _ => (drawn.clone(), case),
        },
        Err(_) => (drawn.clone(), case),
    }
}

/// A reference's disagreement, in one line: the file, the input, both answers and why.
fn false_alarm(display: &str, reference: &str, input: &Value, case: &CaseReport) -> String {
    let answer = |v: &Option<Value>| v.as_ref().map_or("none".into(), Value::to_string);
    let at = case
        .diff_path
        .as_deref()
        .map(|p| format!(" at {p}"))
        .unwrap_or_default();
    format!(
        "{display}: stress: {} on input {input} (the Python reference {reference} answers {}, this one {}{at}){}",
        case.verdict.as_str(),
        answer(&case.expected),
        answer(&case.actual),
        case.message
            .as_deref()
            .map(|m| format!(": {}", m.lines().next().unwrap_or_default()))
            .unwrap_or_default()
    )
}
