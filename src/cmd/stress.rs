//! `prep stress`: the smallest input on which the solution fails (`judge::stress` finds it),
//! shown as the report shows a failed case and kept in the user's cases.json. `submit` calls
//! `smaller_input` when its first failure is on a large input.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use anyhow::{anyhow, Result};
use serde::Serialize;
use serde_json::Value;

use super::{Ctx, Target};
use crate::cli::StressArgs;
use crate::judge::report::{CaseReport, Report, Verdict};
use crate::judge::stress::{self, Budget, Finding, Judged, StressError};
use crate::ui::style;

/// `submit` looks for a smaller input when its first failing input is longer than this, as
/// compact JSON.
pub const LARGE_INPUT: usize = 300;
/// How long `submit` looks, and shrinks what it found.
const UNDER_SUBMIT: Duration = Duration::from_secs(3);
const SHRINK_UNDER_SUBMIT: Duration = Duration::from_secs(2);

/// The `--json` document (docs/contract.md section 6).
#[derive(Debug, Serialize)]
struct Document {
    slug: String,
    language: String,
    found: bool,
    input: Option<Value>,
    expected: Option<Value>,
    actual: Option<Value>,
    why: Option<String>,
    inputs_tried: u64,
    seconds: f64,
}

pub fn run(ctx: &Ctx, args: &StressArgs) -> Result<u8> {
    let target = super::resolve(ctx, &args.which)?;
    let seconds = Duration::from_secs(args.seconds);
    let budget = Budget {
        until: Instant::now() + seconds,
        // Shrinking may take as long again: under a busy machine a search that found its
        // input late would otherwise show it barely shrunk.
        shrink_at_least: seconds,
        batches: u32::MAX,
    };
    let finding = search(ctx, &target, budget)?;
    let kept = finding
        .found
        .as_ref()
        .and_then(|(_, case)| super::test::keep_case(ctx, target.problem, case, "stress"));
    if args.json {
        let case = finding.found.as_ref().map(|(_, c)| c);
        super::print_json(&Document {
            slug: target.problem.slug.clone(),
            language: target.lang.to_string(),
            found: case.is_some(),
            input: finding.found.as_ref().map(|(input, _)| input.clone()),
            expected: case.and_then(|c| c.expected.clone()),
            actual: case.and_then(|c| c.actual.clone()),
            why: case.map(why),
            inputs_tried: finding.inputs_tried,
            seconds: (finding.seconds * 100.0).round() / 100.0,
        })?;
    } else {
        let mut out = String::new();
        match &finding.found {
            Some((_, case)) => {
                let _ = writeln!(
                    out,
                    "{}  {}",
                    style::verdict(case.verdict, "Found a failing input"),
                    style::dim(&format!("{} · {}", target.problem.slug, target.lang))
                );
                out.push_str(&crate::ui::report::failed_case(case));
            }
            None => {
                let _ = writeln!(
                    out,
                    "{}  {}",
                    style::good("No failing input found"),
                    style::dim(&format!("{} · {}", target.problem.slug, target.lang))
                );
            }
        }
        out.push_str(&tally(&finding));
        if let Some((path, added)) = kept {
            let _ = writeln!(
                out,
                "  {}",
                style::dim(&format!(
                    "the input {} {} (`prep test` runs it)",
                    if added {
                        "was added to"
                    } else {
                        "is already in"
                    },
                    path.display()
                ))
            );
        }
        super::print(&out)?;
    }
    Ok(u8::from(finding.found.is_some()))
}

/// Runs the finder on the target's solution; a solution that does not compile, or a missing
/// toolchain, is an error (prep cannot go on).
fn search(ctx: &Ctx, target: &Target<'_>, budget: Budget) -> Result<Finding> {
    let language = crate::lang::language(target.lang);
    let source = super::read_source(&target.path)?;
    let mut trial = Judged::new(
        target.problem,
        language.as_ref(),
        &source,
        &ctx.paths.cache_dir,
    );
    stress::find(target.problem, &mut trial, budget).map_err(|e| match e {
        StressError::Compile(output) => anyhow!("{}: does not compile:\n{output}", source.display),
        other => anyhow!(other),
    })
}

/// How many inputs were tried, how fast, and how far the first one shrank.
fn tally(finding: &Finding) -> String {
    let mut line = format!(
        "tried {} inputs in {:.1} s",
        finding.inputs_tried, finding.seconds
    );
    if let (Some(after), Some(first), Some((input, _))) =
        (finding.found_after, finding.first_size, &finding.found)
    {
        let _ = write!(
            line,
            "; the first failing input came after {after:.1} s and was shrunk from size {first} to {} in {} more tries",
            stress::shrink::size(input),
            finding.shrink_tried
        );
    }
    format!("  {}\n", style::dim(&line))
}

/// Why the case failed, in one text: a wrong answer's first difference, else the verdict and
/// its message.
fn why(case: &CaseReport) -> String {
    let message = case.message.clone().unwrap_or_default();
    let at = case
        .diff_path
        .as_deref()
        .map(|p| format!("at {p}: "))
        .unwrap_or_default();
    if case.verdict == Verdict::WrongAnswer {
        format!("{at}{message}")
    } else if message.is_empty() {
        case.verdict.title().to_string()
    } else {
        format!("{}: {message}", case.verdict.title())
    }
}

/// Under a failing `submit` whose first failure is on a large input: a smaller failing input,
/// found within a few seconds and kept in cases.json, as text; `None` when there is no need
/// or none was found.
pub fn smaller_input(ctx: &Ctx, target: &Target<'_>, report: &Report) -> Option<String> {
    let first = report.cases.iter().find(|c| c.verdict.is_failure())?;
    if !first.truncated && first.input.to_string().len() <= LARGE_INPUT {
        return None;
    }
    let budget = Budget {
        until: Instant::now() + UNDER_SUBMIT,
        shrink_at_least: SHRINK_UNDER_SUBMIT,
        batches: u32::MAX,
    };
    let finding = match search(ctx, target, budget) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{} no smaller input: {e:#}", style::warning("note:"));
            return None;
        }
    };
    let (_, case) = finding.found.as_ref()?;
    let mut out = format!("\n{}\n", style::heading("a smaller input that fails:"));
    out.push_str(&crate::ui::report::failed_case(case));
    out.push_str(&tally(&finding));
    if let Some((path, true)) = super::test::keep_case(ctx, target.problem, case, "stress") {
        let _ = writeln!(
            out,
            "  {}",
            style::dim(&format!("it was added to {}", path.display()))
        );
    }
    Some(out)
}
