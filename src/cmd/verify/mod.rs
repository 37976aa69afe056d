//! `prep verify`: for authors. Every reference in a problem's `solutions/` must behave as its
//! folder says, and every stored expectation must be present. The stored expectations are
//! the accepted Python reference's answers (`--bless`), so that reference agreeing with them
//! proves nothing; each case must also be confirmed by an oracle written independently of it:
//! the brute force on every small case (a problem has one, or says in
//! `solutions/brute_force/none.md` why none can exist), and on every large case at least two
//! references in all (another language's or another approach's accepted reference, a
//! follow-up-not-met one on the main groups, or the brute force where it is fast enough).
//! Which references confirmed the large cases is reported.

mod bless;
mod complexity;
mod stress;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use anyhow::{bail, Context as _, Result};
use serde::Serialize;

use super::Ctx;
use crate::catalog::problem::{Limits, SolutionFile};
use crate::catalog::{self, Problem};
use crate::cli::VerifyArgs;
use crate::judge::inputs::InputCache;
use crate::judge::report::{FollowUpStatus, Report, Verdict};
use crate::judge::{self, JudgeCase, Options};
use crate::lang::{LangId, Source};
use crate::ui::style;

/// Cases whose input is at most this large are cross-checked by the brute force.
const SMALL_INPUT: usize = 2 << 10;
/// Expected outputs larger than this are stored as a digest.
const FULL_EXPECTED: usize = 64 << 10;
/// A `time_limit_exceeded` or `follow_up_not_met` reference must still fail with its limits
/// this many times larger, and an accepted one is noted when a case takes more than the
/// limit over this: verdicts must hold on a machine twice as fast, or twice as slow.
const TIME_MARGIN: u64 = 2;
/// The brute force's time on small cases, in multiples of the limit: it is slow by design.
const BRUTE_FORCE_SMALL: u64 = 10;
/// The brute force's time on a large case it is asked to confirm. Running out of it is no
/// failure (a brute force may be slow), only a different answer is; it is kept short because
/// a slow brute force spends it once per problem in every CI run.
const BRUTE_FORCE_LARGE: u64 = 3;
/// References that must agree with each large case's stored output.
const LARGE_ORACLES: usize = 2;
/// The file in `solutions/brute_force/` that says why a problem can have no brute force.
const NO_BRUTE_FORCE: &str = "none.md";
#[derive(Serialize)]
struct Outcome {
    slug: String,
    ok: bool,
    failures: Vec<String>,
    /// How many cases are large (beyond the brute force's small cases).
    large_cases: usize,
    /// The references that agreed with the stored output of large cases, with how many.
    cross_checked_by: Vec<Confirmation>,
    #[serde(skip)]
    notes: Vec<String>,
    #[serde(skip)]
    seconds: f64,
    #[serde(skip)]
    cases: usize,
}

#[derive(Serialize)]
struct Confirmation {
    /// `solutions/<kind>/<file>`.
    reference: String,
    /// Large cases whose stored output it reproduced.
    cases: usize,
}

pub fn run(ctx: &Ctx, args: &VerifyArgs) -> Result<u8> {
    let dir = match (&args.dir, args.bless) {
        (Some(d), _) => Some(d.clone()),
        (None, true) => {
            let d = PathBuf::from("problems");
            if !d.is_dir() {
                bail!("--bless rewrites problem files on disk: run it in the repository or give --dir <problems folder>");
            }
            Some(d)
        }
        (None, false) => None,
    };
    let problems: Vec<Problem> = match &dir {
        Some(d) => load_dir(d, args, &ctx.paths.cache_dir)?,
        None => {
            let catalog = ctx.catalog()?;
            if args.slugs.is_empty() {
                catalog.problems.clone()
            } else {
                args.slugs
                    .iter()
                    .map(|s| catalog.get(s).cloned())
                    .collect::<Result<_, _>>()?
            }
        }
    };
    let jobs = args.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get),
        usize::from,
    );
    let results = verify_all(&problems, &ctx.paths.cache_dir, args, jobs.max(1))?;
    let failed = results.iter().filter(|(_, o)| !o.ok).count();
    if args.json {
        let list: Vec<&Outcome> = results.iter().map(|(_, o)| o).collect();
        super::print_json(&serde_json::json!({ "problems": list }))?;
    } else {
        let n = results.len();
        let summary = format!(
            "{n} problem{} verified, {failed} failed",
            if n == 1 { "" } else { "s" }
        );
        super::print(&format!(
            "{}\n",
            if failed == 0 {
                style::good(&summary)
            } else {
                style::bad(&summary)
            }
        ))?;
    }
    Ok(u8::from(failed > 0))
}

/// Verifies `problems` on `jobs` threads (they share the input cache), printing each
/// problem's lines in the order of `problems` as soon as the problems before it are done, so
/// the output is the same whatever finishes first. Returns the outcomes in that order.
fn verify_all(
    problems: &[Problem],
    cache: &Path,
    args: &VerifyArgs,
    jobs: usize,
) -> Result<Vec<(usize, Outcome)>> {
    let next = AtomicUsize::new(0);
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(problems.len()) {
            let done = done.clone();
            let next = &next;
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(problem) = problems.get(i) else {
                    break;
                };
                if done.send((i, verify(problem, cache, args))).is_err() {
                    break;
                }
            });
        }
        drop(done);
        let mut waiting = BTreeMap::new();
        let mut results = Vec::with_capacity(problems.len());
        for (i, outcome) in finished {
            waiting.insert(i, outcome);
            while let Some(outcome) = waiting.remove(&results.len()) {
                if !args.json {
                    super::print(&line(&outcome))?;
                }
                results.push((results.len(), outcome));
            }
        }
        Ok(results)
    })
}

fn line(o: &Outcome) -> String {
    let mut out = String::new();
    let mark = if o.ok {
        style::good("✓")
    } else {
        style::bad("✗")
    };
    let _ = writeln!(
        out,
        "{mark} {:<48} {}",
        o.slug,
        style::dim(&format!("{} cases · {:.1} s", o.cases, o.seconds))
    );
    for f in &o.failures {
        let _ = writeln!(out, "    {}", style::bad(f));
    }
    for n in &o.notes {
        let _ = writeln!(out, "    {}", style::dim(n));
    }
    out
}

/// Problem folders under `dir` (`<topic>/<slug>` or `<slug>`), blessed first when asked.
fn load_dir(dir: &Path, args: &VerifyArgs, cache: &Path) -> Result<Vec<Problem>> {
    let mut folders = Vec::new();
    for entry in std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read", dir.display()))?
        .flatten()
    {
        let path = entry.path();
        if path.join("problem.json").is_file() {
            folders.push(path);
        } else if path.is_dir() {
            for inner in std::fs::read_dir(&path)?.flatten() {
                if inner.path().join("problem.json").is_file() {
                    folders.push(inner.path());
                }
            }
        }
    }
    folders.sort();
    let name = |p: &PathBuf| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    for slug in &args.slugs {
        if !folders.iter().any(|f| &name(f) == slug) {
            bail!("no problem folder `{slug}` under {}", dir.display());
        }
    }
    folders.retain(|f| args.slugs.is_empty() || args.slugs.contains(&name(f)));
    let mut problems = Vec::new();
    for folder in folders {
        if args.bless {
            bless::bless(&folder, cache, args.force)
                .with_context(|| format!("blessing {}", folder.display()))?;
        }
        problems.push(catalog::load_folder(&folder)?);
    }
    Ok(problems)
}

/// A reference's path as verify names it.
fn shown(solution: &SolutionFile) -> String {
    format!("solutions/{}/{}", solution.kind, solution.file_name)
}

fn is_reason(solution: &SolutionFile) -> bool {
    solution.kind == "brute_force" && solution.file_name == NO_BRUTE_FORCE
}

fn verify(problem: &Problem, cache: &Path, args: &VerifyArgs) -> Outcome {
    let strict = args.strict;
    let started = Instant::now();
    let mut failures = Vec::new();
    let mut notes = Vec::new();
    let outcome = |failures: Vec<String>, notes, cases, cross_checked_by, large_cases| Outcome {
        slug: problem.slug.clone(),
        ok: failures.is_empty(),
        failures,
        large_cases,
        cross_checked_by,
        notes,
        seconds: started.elapsed().as_secs_f64(),
        cases,
    };
    let cases = match judge::submit_cases(problem, &InputCache::new(cache)) {
        Ok(c) => c,
        Err(e) => return outcome(vec![e.to_string()], notes, 0, Vec::new(), 0),
    };
    let unblessed = cases.iter().filter(|c| c.expected.is_none()).count();
    if unblessed > 0 {
        failures.push(format!(
            "{unblessed} cases have no expected output: run `prep verify --bless {}`",
            problem.slug
        ));
    }
    if problem.reference().is_none() {
        failures.push("no accepted Python reference in solutions/accepted/".into());
    }
    check_inputs(problem, &cases, &mut failures, &mut notes);
    let brute_forces: Vec<&SolutionFile> = problem
        .solutions
        .iter()
        .filter(|s| s.kind == "brute_force" && !is_reason(s))
        .collect();
    match problem.solutions.iter().find(|s| is_reason(s)) {
        Some(reason) if !brute_forces.is_empty() => failures.push(format!(
            "{} says no brute force can exist, yet solutions/brute_force/ holds one",
            shown(reason)
        )),
        Some(reason) if reason.source.trim().is_empty() => failures.push(format!(
            "{} is empty: say why no brute force can exist",
            shown(reason)
        )),
        Some(reason) => notes.push(format!(
            "no brute force: {}",
            reason.source.lines().next().unwrap_or_default()
        )),
        None if brute_forces.is_empty() => failures.push(format!(
            "no brute-force reference in solutions/brute_force/: the stored outputs come from the accepted reference, and only an independent one can catch its mistakes (or say why none can exist in solutions/brute_force/{NO_BRUTE_FORCE})"
        )),
        None => {}
    }
    let large: Vec<usize> = (0..cases.len()).filter(|&i| !is_small(&cases[i])).collect();
    if !failures.is_empty() {
        return outcome(failures, notes, cases.len(), Vec::new(), large.len());
    }
    // Which references reproduced each case's stored output.
    let mut agreed: Vec<Vec<String>> = vec![Vec::new(); cases.len()];
    let missing_toolchain = |solution: &SolutionFile,
                             e: &anyhow::Error,
                             failures: &mut Vec<String>,
                             notes: &mut Vec<String>| {
        let text = format!("{}: not run: {e}", shown(solution));
        if strict {
            failures.push(format!(
                "{text} (--strict: every language's references must run)"
            ));
        } else {
            notes.push(text);
        }
    };
    // The brute forces last: they confirm the large cases the others left short.
    let (brute, others): (Vec<&SolutionFile>, Vec<&SolutionFile>) = problem
        .solutions
        .iter()
        .filter(|s| !is_reason(s))
        .partition(|s| s.kind == "brute_force");
    for solution in others.into_iter().chain(brute) {
        let short: Vec<usize> = large
            .iter()
            .copied()
            .filter(|&i| agreed[i].len() < LARGE_ORACLES)
            .collect();
        match check_solution(problem, solution, &cases, &short, cache, &mut notes) {
            Ok(checked) => {
                failures.extend(checked.failure);
                for i in checked.agreed {
                    agreed[i].push(shown(solution));
                }
            }
            // A toolchain missing here is not the reference's fault: say so, go on (or fail,
            // under --strict).
            Err(e) if e.downcast_ref::<crate::lang::ToolchainError>().is_some() => {
                missing_toolchain(solution, &e, &mut failures, &mut notes);
            }
            Err(e) => failures.push(format!("{}: {e:#}", shown(solution))),
        }
    }
    let cross_checked_by = confirmations(&large, &agreed);
    cross_check(&cases, &large, &agreed, &mut failures, &mut notes);
    if let (true, Some(seconds)) = (failures.is_empty(), args.stress) {
        stress::check(problem, cache, seconds, strict, &mut failures, &mut notes);
    }
    if failures.is_empty() {
        check_scaffolds(problem, cache, strict, &mut failures, &mut notes);
    }
    if failures.is_empty() && args.probe {
        complexity::check(problem, cache, &mut failures, &mut notes);
    }
    outcome(failures, notes, cases.len(), cross_checked_by, large.len())
}

/// Most inputs named when many break the rules (the count says how many in all).
const BROKEN_SHOWN: usize = 5;

/// Every input, hand-written or generated (as the judge makes it), must meet the problem's
/// input rules: a broken one fails the problem with the case and the rule.
fn check_inputs(
    problem: &Problem,
    cases: &[JudgeCase],
    failures: &mut Vec<String>,
    notes: &mut Vec<String>,
) {
    let broken: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let follow_up = case.group == crate::judge::report::Group::FollowUp;
            catalog::rules::check_case(problem, &case.input.value_once(), follow_up)
                .err()
                .map(|why| format!("{} `{}`: {why}", case.group.as_str(), case.name))
        })
        .collect();
    if broken.is_empty() {
        notes.push(format!("{} inputs meet the input rules", cases.len()));
        return;
    }
    let more = broken.len().saturating_sub(BROKEN_SHOWN);
    failures.push(format!(
        "{} of {} inputs break the input rules: {}{}",
        broken.len(),
        cases.len(),
        broken[..broken.len().min(BROKEN_SHOWN)].join("; "),
        if more > 0 {
            format!("; and {more} more")
        } else {
            String::new()
        }
    ));
}

fn is_small(case: &JudgeCase) -> bool {
    case.input.json_len() <= SMALL_INPUT
}

/// Each reference with the number of large cases it confirmed, most first.
fn confirmations(large: &[usize], agreed: &[Vec<String>]) -> Vec<Confirmation> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for &i in large {
        for reference in &agreed[i] {
            *count.entry(reference).or_default() += 1;
        }
    }
    let mut list: Vec<Confirmation> = count
        .into_iter()
        .map(|(reference, cases)| Confirmation {
            reference: reference.to_string(),
            cases,
        })
        .collect();
    list.sort_by_key(|c| std::cmp::Reverse(c.cases));
    list
}

/// Every large case must be confirmed by [`LARGE_ORACLES`] references; says which were.
fn cross_check(
    cases: &[JudgeCase],
    large: &[usize],
    agreed: &[Vec<String>],
    failures: &mut Vec<String>,
    notes: &mut Vec<String>,
) {
    if large.is_empty() {
        return;
    }
    let short: Vec<String> = large
        .iter()
        .filter(|&&i| agreed[i].len() < LARGE_ORACLES)
        .map(|&i| {
            let by = if agreed[i].is_empty() {
                "none".to_string()
            } else {
                agreed[i].join(", ")
            };
            format!("{} `{}` (by {by})", cases[i].group.as_str(), cases[i].name)
        })
        .collect();
    if short.is_empty() {
        let by = confirmations(large, agreed)
            .iter()
            .map(|c| format!("{} ({})", c.reference, c.cases))
            .collect::<Vec<_>>()
            .join(", ");
        notes.push(format!("{} large cases cross-checked by {by}", large.len()));
        return;
    }
    let message = format!(
        "{} of {} large cases confirmed by fewer than {LARGE_ORACLES} references: {}",
        short.len(),
        large.len(),
        short.join("; ")
    );
    failures.push(format!(
        "{message}: add an accepted reference in another language or approach"
    ));
}

/// Every language's scaffold of the problem must build and run: a fresh file gets a wrong
/// answer (or, by chance, an accepted one), never a compile error.
fn check_scaffolds(
    problem: &Problem,
    cache: &Path,
    strict: bool,
    failures: &mut Vec<String>,
    notes: &mut Vec<String>,
) {
    let examples = judge::listed(
        &problem.examples,
        crate::judge::report::Group::Example,
        problem.limits,
    );
    for id in LangId::ALL {
        let language = crate::lang::language(id);
        if language.not_offered(problem).is_some() {
            continue;
        }
        if let Err(e) = language.toolchain(cache) {
            if strict {
                failures.push(format!(
                    "{id} scaffold: not built: {e} (--strict: every language must build)"
                ));
            } else {
                notes.push(format!("{id} scaffold: not built: {e}"));
            }
            continue;
        }
        let source = Source {
            display: format!("{id} scaffold"),
            text: language.scaffold(problem),
        };
        let options = Options {
            stop_at_first_failure: true,
            purpose: crate::lang::Purpose::Submit,
        };
        match judge::judge(
            problem,
            language.as_ref(),
            &source,
            &examples,
            options,
            cache,
        ) {
            Ok(report) if report.verdict == Verdict::CompileError => failures.push(format!(
                "the {id} scaffold does not build: {}",
                report
                    .compile_output
                    .as_deref()
                    .unwrap_or_default()
                    .lines()
                    .find(|l| l.contains("error"))
                    .unwrap_or_default()
            )),
            Ok(report) if !matches!(report.verdict, Verdict::WrongAnswer | Verdict::Accepted) => {
                failures.push(format!(
                    "the {id} scaffold gets {} instead of a wrong answer",
                    report.verdict.as_str()
                ));
            }
            Ok(_) => {}
            Err(e) => failures.push(format!("the {id} scaffold: {e}")),
        }
    }
}

/// What judging one reference found.
struct Checked {
    /// Why it does not behave as its folder says, if it does not.
    failure: Option<String>,
    /// The cases (indices into the problem's cases) whose stored output it reproduced, when
    /// it is an oracle: an accepted, follow-up-not-met or brute-force reference.
    agreed: Vec<usize>,
}

/// Judges a reference against its folder's promise. The brute force gets the small cases,
/// then the large ones in `short` (those still lacking their second confirmation).
fn check_solution(
    problem: &Problem,
    solution: &SolutionFile,
    cases: &[JudgeCase],
    short: &[usize],
    cache: &Path,
    notes: &mut Vec<String>,
) -> Result<Checked> {
    let failed = |failure: String| Checked {
        failure: Some(failure),
        agreed: Vec::new(),
    };
    let Some(lang) = LangId::from_path(Path::new(&solution.file_name)) else {
        return Ok(failed(format!("{}: unknown language", shown(solution))));
    };
    let language = crate::lang::language(lang);
    // A missing toolchain is told apart from a failing reference (see `verify`).
    language.toolchain(cache)?;
    let source = Source {
        display: shown(solution),
        text: solution.source.clone(),
    };
    let options = Options {
        stop_at_first_failure: true,
        purpose: crate::lang::Purpose::Submit,
    };
    let scaled = |i: usize, by: u64| JudgeCase {
        limits: Limits {
            time_ms: cases[i].limits.time_ms * by,
            ..cases[i].limits
        },
        ..cases[i].clone()
    };
    // Too slow must stay too slow on a faster machine (a follow-up is often a time limit too).
    let too_slow = matches!(
        solution.kind.as_str(),
        "time_limit_exceeded" | "follow_up_not_met"
    );
    let picked: Vec<usize> = match solution.kind.as_str() {
        "brute_force" => (0..cases.len()).filter(|&i| is_small(&cases[i])).collect(),
        _ => (0..cases.len()).collect(),
    };
    let factor = match solution.kind.as_str() {
        "brute_force" => BRUTE_FORCE_SMALL,
        _ if too_slow => TIME_MARGIN,
        _ => 1,
    };
    let list: Vec<JudgeCase> = picked.iter().map(|&i| scaled(i, factor)).collect();
    let report = judge::judge(problem, language.as_ref(), &source, &list, options, cache)?;
    let wanted: &dyn Fn(&Report) -> bool = match solution.kind.as_str() {
        "accepted" | "brute_force" => {
            &|r| r.verdict == Verdict::Accepted && r.follow_up != Some(FollowUpStatus::NotMet)
        }
        "wrong_answer" => &|r| r.verdict == Verdict::WrongAnswer,
        "time_limit_exceeded" => &|r| r.verdict == Verdict::TimeLimitExceeded,
        "runtime_error" => &|r| r.verdict == Verdict::RuntimeError,
        "follow_up_not_met" => {
            &|r| r.verdict == Verdict::Accepted && r.follow_up == Some(FollowUpStatus::NotMet)
        }
        other => {
            return Ok(failed(format!(
                "solutions/{other}/: not a reference folder (see docs/contract.md section 1)"
            )))
        }
    };
    let oracle = matches!(
        solution.kind.as_str(),
        "accepted" | "brute_force" | "follow_up_not_met"
    );
    let mut agreed: Vec<usize> = if oracle {
        accepted_cases(&report, &picked)
    } else {
        Vec::new()
    };
    if !wanted(&report) {
        return Ok(Checked {
            failure: Some(why_not(solution, &report, too_slow)),
            agreed,
        });
    }
    if solution.kind == "accepted" {
        note_headroom(&source.display, &report, notes);
    }
    if solution.kind == "brute_force" && !short.is_empty() {
        let list: Vec<JudgeCase> = short
            .iter()
            .map(|&i| scaled(i, BRUTE_FORCE_LARGE))
            .collect();
        let report = judge::judge(problem, language.as_ref(), &source, &list, options, cache)?;
        agreed.extend(accepted_cases(&report, short));
        if let Some(c) = report.cases.iter().find(|c| c.verdict.is_failure()) {
            let what = format!("{} `{}`", c.group.as_str(), c.name);
            if c.verdict == Verdict::WrongAnswer {
                return Ok(Checked {
                    failure: Some(format!(
                        "{}: disagrees with the stored output of large case {what}{}",
                        source.display,
                        c.message
                            .as_deref()
                            .map(|m| format!(": {m}"))
                            .unwrap_or_default()
                    )),
                    agreed,
                });
            }
            // Slow is allowed of a brute force: it just confirms no more large cases.
            notes.push(format!(
                "{}: confirms no large case from {what} on ({} with {BRUTE_FORCE_LARGE}x the limit)",
                source.display,
                c.verdict.as_str()
            ));
        }
    }
    Ok(Checked {
        failure: None,
        agreed,
    })
}

/// The cases a reference got right, as indices into the problem's cases.
fn accepted_cases(report: &Report, picked: &[usize]) -> Vec<usize> {
    report
        .cases
        .iter()
        .filter(|c| c.verdict == Verdict::Accepted)
        .map(|c| picked[c.index])
        .collect()
}

/// An accepted reference near its limit is noted: the limit may not hold on another machine.
fn note_headroom(display: &str, report: &Report, notes: &mut Vec<String>) {
    let slowest = report
        .cases
        .iter()
        .max_by(|a, b| (a.cpu_ms / a.limit_ms as f64).total_cmp(&(b.cpu_ms / b.limit_ms as f64)));
    if let Some(c) = slowest.filter(|c| c.cpu_ms * TIME_MARGIN as f64 > c.limit_ms as f64) {
        notes.push(format!(
            "{display}: {:.0} ms of its {} ms on {} `{}`: less than {TIME_MARGIN}x headroom",
            c.cpu_ms,
            c.limit_ms,
            c.group.as_str(),
            c.name
        ));
    }
}

/// Why a reference's report is not what its folder promises.
fn why_not(solution: &SolutionFile, report: &Report, too_slow: bool) -> String {
    let first = report.cases.iter().find(|c| c.verdict.is_failure());
    if let (Some(c), "brute_force", Verdict::WrongAnswer) =
        (first, solution.kind.as_str(), report.verdict)
    {
        // The brute force is the oracle here: the stored output is as suspect as it is.
        return format!(
            "{}: disagrees with the stored output on {} `{}`{}",
            shown(solution),
            c.group.as_str(),
            c.name,
            c.message
                .as_deref()
                .map(|m| format!(": {m}"))
                .unwrap_or_default()
        );
    }
    let got = match report.follow_up {
        Some(FollowUpStatus::NotMet) => "accepted, follow-up not met".to_string(),
        _ => report.verdict.as_str().to_string(),
    };
    let detail = match (first, &report.compile_output) {
        (_, Some(c)) => format!(": {}", c.lines().last().unwrap_or_default()),
        (Some(c), _) => format!(
            " on {} `{}` ({} ms){}",
            c.group.as_str(),
            c.name,
            c.cpu_ms,
            c.message
                .as_deref()
                .map(|m| format!(": {}", m.lines().last().unwrap_or_default()))
                .unwrap_or_default()
        ),
        _ => String::new(),
    };
    let margin = if too_slow {
        format!(" (judged with {TIME_MARGIN}x the time limit, as a faster machine would be)")
    } else {
        String::new()
    };
    format!(
        "{}: expected {}, got {got}{detail}{margin}",
        shown(solution),
        solution.kind,
    )
}
