//! `prep submit`: every test, hidden ones included, stopping at the first failure unless
//! `--all`; the attempt is logged with a snapshot of the code, and a failing case is added to
//! the user's cases.json so `prep test` replays it.

use std::fmt::Write as _;

use anyhow::{Context as _, Result};

use super::Ctx;
use crate::cli::SubmitArgs;
use crate::history::{new_id, Attempt, MeasuredComplexity, SCHEMA};
use crate::judge::inputs::InputCache;
use crate::judge::report::{Report, Verdict};
use crate::judge::{self, Options};
use crate::probe;
use crate::ui::style;

pub fn run(ctx: &Ctx, args: &SubmitArgs) -> Result<u8> {
    let target = super::resolve(ctx, &args.which)?;
    let submitted = submit(ctx, &target, args.all, !args.no_probe)?;
    if args.json {
        super::print_json(&submitted.report)?;
    } else {
        super::print(&submitted.text)?;
        // After the report, which stays on screen while the finder runs.
        if !args.no_stress && submitted.report.verdict.is_failure() {
            if let Some(text) = super::stress::smaller_input(ctx, &target, &submitted.report) {
                super::print(&text)?;
            }
        }
    }
    // The verdict first, then why it could not be logged: the judging is not lost on screen.
    if let Some(e) = submitted.not_logged {
        return Err(e);
    }
    Ok(submitted.report.verdict.exit_code())
}

/// A judged submit.
pub struct Submitted {
    pub report: Report,
    /// The report and what follows it, for a person.
    pub text: String,
    /// Why the attempt could not be written to the history, if it could not.
    pub not_logged: Option<anyhow::Error>,
}

/// Judges every test, logs the attempt with a snapshot, keeps a failing case, ends the
/// problem's session when accepted. A history that cannot be written is not an error here:
/// it comes back beside the report, so the verdict is shown first.
pub fn submit(ctx: &Ctx, target: &super::Target<'_>, all: bool, probe: bool) -> Result<Submitted> {
    let problem = target.problem;
    let language = crate::lang::language(target.lang);
    let source = super::read_source(&target.path)?;
    let cases = judge::submit_cases(problem, &InputCache::new(&ctx.paths.cache_dir))?;
    let options = Options {
        stop_at_first_failure: !all,
        purpose: crate::lang::Purpose::Submit,
    };
    let mut report = judge::judge(
        problem,
        language.as_ref(),
        &source,
        &cases,
        options,
        &ctx.paths.cache_dir,
    )?;
    report.session = super::session_info(ctx, &problem.slug);
    let probed = (probe && report.verdict == Verdict::Accepted)
        .then(|| probe_line(ctx, target, &source))
        .flatten();
    let now = ctx.clock.now();
    let id = new_id(now.timestamp().as_millisecond());
    let snapshot = save_snapshot(ctx, &id, &target.path, &source.text);
    let session = crate::session::load(&ctx.paths.session_file())
        .ok()
        .flatten()
        .filter(|s| s.slug == problem.slug);
    let attempt = Attempt {
        v: SCHEMA,
        event: "attempt".into(),
        id,
        at: crate::clock::rfc3339(&now),
        slug: problem.slug.clone(),
        language: target.lang.to_string(),
        topics: problem.topics.clone(),
        verdict: report.verdict.as_str().into(),
        follow_up: report.follow_up.map(|f| {
            serde_json::to_value(f)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default()
        }),
        passed: report.passed,
        total: report.total,
        elapsed_s: report.session.as_ref().map(|s| s.elapsed_s),
        timebox_s: report.session.as_ref().map(|s| s.timebox_s),
        over_time: report.session.as_ref().is_some_and(|s| s.over_time),
        hints_used: session.as_ref().map_or(0, |s| s.hints_used),
        runs: session.as_ref().map_or(0, |s| s.runs),
        difficulty: Some(problem.difficulty.as_str().into()),
        snapshot: snapshot.as_ref().ok().cloned(),
        complexity: probed.as_ref().map(|(measured, _)| measured.clone()),
    };
    let not_logged = ctx
        .history()
        .append(&attempt)
        .map_err(|e| anyhow::Error::new(e).context("the attempt was judged but not logged"))
        .err();
    if let (Err(e), None) = (&snapshot, &not_logged) {
        eprintln!("{} {e}", style::warning("warning:"));
    }
    let kept = if report.verdict.is_failure() {
        keep_failing_case(ctx, &report)
    } else {
        None
    };
    // Only this problem's session ends: submitting another problem leaves the running one be.
    if report.verdict == Verdict::Accepted && not_logged.is_none() && session.is_some() {
        let file = ctx.paths.session_file();
        crate::session::clear(&file)
            .with_context(|| format!("{}: cannot end the session", file.display()))?;
    }
    let mut out = crate::ui::report::render_for(&report, problem);
    if report.verdict == Verdict::Accepted {
        let _ = writeln!(
            out,
            "  {}",
            style::dim(&format!(
                "target complexity: time {}; space {}",
                problem.complexity.time, problem.complexity.space
            ))
        );
        if let Some((_, line)) = &probed {
            let _ = writeln!(out, "  {line}");
        }
        let _ = writeln!(
            out,
            "  {}",
            style::dim(&format!(
                "compare with our reference: prep solution {}",
                problem.slug
            ))
        );
    }
    if report.verdict == Verdict::Accepted {
        if let Some(text) = super::mock::after_submit(ctx, &problem.slug)? {
            out.push_str(&text);
        }
    }
    if let Some((path, added)) = kept {
        let _ = writeln!(
            out,
            "  {}",
            style::dim(&format!(
                "the failing case {} {} (`prep test` runs it)",
                if added {
                    "was added to"
                } else {
                    "is already in"
                },
                path.display()
            ))
        );
    }
    Ok(Submitted {
        report,
        text: out,
        not_logged,
    })
}

/// The complexity probe's finding and its line, under an accepted verdict. A probe that
/// cannot run (no growing generator, a failure only the probe's inputs reach) says so in its
/// line; it never changes the verdict.
fn probe_line(
    ctx: &Ctx,
    target: &super::Target<'_>,
    source: &crate::lang::Source,
) -> Option<(MeasuredComplexity, String)> {
    let language = crate::lang::language(target.lang);
    let probed = probe::probe(
        target.problem,
        language.as_ref(),
        source,
        &ctx.paths.cache_dir,
        probe::Budget::SUBMIT,
    );
    match probed {
        Ok(probe::Probed::Measured(m)) => Some((
            MeasuredComplexity {
                time_class: m.time.map(|f| f.class.as_str().to_string()),
                target: m.target.map(|c| c.as_str().to_string()),
                meets_target: m.meets_target(),
            },
            probe::line(&m),
        )),
        Ok(probe::Probed::Failed { n, what }) => Some((
            MeasuredComplexity {
                time_class: None,
                target: None,
                meets_target: None,
            },
            format!("your solution failed at n = {n} while its complexity was probed: {what}"),
        )),
        Ok(probe::Probed::CompileError(_)) | Err(probe::ProbeError::NoLadder(_)) => None,
        Err(e) => Some((
            MeasuredComplexity {
                time_class: None,
                target: None,
                meets_target: None,
            },
            format!("the complexity probe could not run: {e:#}"),
        )),
    }
}

/// The snapshot's file name, or why it could not be saved.
fn save_snapshot(
    ctx: &Ctx,
    id: &str,
    path: &std::path::Path,
    text: &str,
) -> Result<String, String> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = format!("{id}.{ext}");
    let file = ctx.paths.snapshots_dir().join(&name);
    crate::paths::write_atomic(&file, text.as_bytes())
        .map(|()| name)
        .map_err(|e| format!("{}: snapshot not saved: {e}", file.display()))
}

/// Appends the first failing case to cases.json (small inputs only, no duplicates): the
/// file, and whether the case is new there.
fn keep_failing_case(ctx: &Ctx, report: &Report) -> Option<(std::path::PathBuf, bool)> {
    let case = report
        .cases
        .iter()
        .find(|c| c.verdict.is_failure() && !c.truncated)?;
    if matches!(
        case.group,
        crate::judge::report::Group::Own | crate::judge::report::Group::Example
    ) {
        return None;
    }
    let problem = ctx.problem(&report.slug).ok()?;
    let name = format!("{} {}", case.group.as_str(), case.name);
    super::test::keep_case(ctx, problem, case, &name)
}
