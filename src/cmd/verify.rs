//! `prep verify`: for authors. Every reference in a problem's `solutions/` must behave as its
//! folder says, every stored expectation must be present (and is the accepted reference's
//! answer), and the brute force must agree on every small case. `--bless` recomputes the
//! expectations from the accepted reference and rewrites problem.json in the house layout.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use anyhow::{anyhow, bail, Context as _, Result};
use serde::Serialize;
use serde_json::Value;

use super::Ctx;
use crate::catalog::problem::{Checker, Limits, SolutionFile};
use crate::catalog::{self, Expected, Problem};
use crate::cli::VerifyArgs;
use crate::judge::report::{FollowUpStatus, Report, Verdict};
use crate::judge::{self, check, JudgeCase, Options};
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

#[derive(Serialize)]
struct Outcome {
    slug: String,
    ok: bool,
    failures: Vec<String>,
    #[serde(skip)]
    notes: Vec<String>,
    #[serde(skip)]
    seconds: f64,
    #[serde(skip)]
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
        Some(d) => load_dir(d, &args.slugs, args.bless, &ctx.paths.cache_dir)?,
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
    let results = Mutex::new(Vec::new());
    let next = AtomicUsize::new(0);
    let cache = &ctx.paths.cache_dir;
    // Independent problems two at a time: the machines have two cores.
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(problem) = problems.get(i) else {
                    break;
                };
                let outcome = verify(problem, cache);
                if !args.json {
                    let _ = super::print(&line(&outcome));
                }
                results.lock().expect("not poisoned").push((i, outcome));
            });
        }
    });
    let mut results = results.into_inner().expect("not poisoned");
    results.sort_by_key(|(i, _)| *i);
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
fn load_dir(dir: &Path, slugs: &[String], bless_first: bool, cache: &Path) -> Result<Vec<Problem>> {
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
    for slug in slugs {
        if !folders.iter().any(|f| &name(f) == slug) {
            bail!("no problem folder `{slug}` under {}", dir.display());
        }
    }
    folders.retain(|f| slugs.is_empty() || slugs.contains(&name(f)));
    let mut problems = Vec::new();
    for folder in folders {
        if bless_first {
            bless(&folder, cache).with_context(|| format!("blessing {}", folder.display()))?;
        }
        problems.push(catalog::load_folder(&folder)?);
    }
    Ok(problems)
}

/// Recomputes every expected output of a folder from its accepted reference.
fn bless(folder: &Path, cache: &Path) -> Result<()> {
    let problem = catalog::load_folder(folder)?;
    let path = folder.join("problem.json");
    let mut raw: Value = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
    let mut inputs = Vec::new();
    let mut slots: Vec<(String, usize, Option<usize>)> = Vec::new();
    for key in ["examples", "tests"] {
        for (i, c) in raw[key].as_array().into_iter().flatten().enumerate() {
            inputs.push(c["input"].clone());
            slots.push((key.into(), i, None));
        }
    }
    for (i, c) in raw["follow_up"]["tests"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        inputs.push(c["input"].clone());
        slots.push(("follow_up.tests".into(), i, None));
    }
    for (key, groups) in [
        ("generated", &problem.generated),
        (
            "follow_up.generated",
            &problem
                .follow_up
                .as_ref()
                .map(|f| f.generated.clone())
                .unwrap_or_default(),
        ),
    ] {
        for (g, group) in groups.iter().enumerate() {
            for j in 0..group.count {
                inputs.push(
                    group
                        .input(u64::from(j))
                        .map_err(|e| anyhow!("{key}[{g}]: {e}"))?,
                );
                slots.push((key.into(), g, Some(j as usize)));
            }
        }
    }
    let outputs = judge::reference_outputs(&problem, &inputs, cache)?;
    let depth = match problem.checker {
        Checker::Unordered(d) => d,
        _ => 0,
    };
    for ((key, i, j), (input, out)) in slots.iter().zip(inputs.iter().zip(outputs)) {
        let value = out.map_err(|e| anyhow!("the accepted reference failed on {key}[{i}]: {e}"))?;
        let target = match key.as_str() {
            "follow_up.tests" => &mut raw["follow_up"]["tests"][*i],
            "follow_up.generated" => &mut raw["follow_up"]["generated"][*i],
            k => &mut raw[k][*i],
        };
        match j {
            None => target["output"] = value,
            Some(j) => {
                let canonical = check::sorted(&problem.signature.canonical(input, &value), depth);
                let stored = if value.to_string().len() > FULL_EXPECTED
                    && !matches!(problem.checker, Checker::Float(_))
                {
                    Expected::Digest(check::digest_of(&canonical)).to_json()
                } else {
                    value
                };
                if *j == 0 {
                    target["expected"] = Value::Array(Vec::new());
                }
                target["expected"]
                    .as_array_mut()
                    .expect("just set")
                    .push(stored);
            }
        }
    }
    crate::paths::write_atomic(&path, catalog::layout::to_string(&raw).as_bytes())?;
    Ok(())
}

fn verify(problem: &Problem, cache: &Path) -> Outcome {
    let started = Instant::now();
    let mut failures = Vec::new();
    let mut notes = Vec::new();
    let cases = match judge::submit_cases(problem) {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                slug: problem.slug.clone(),
                ok: false,
                failures: vec![e.to_string()],
                notes,
                seconds: 0.0,
                cases: 0,
            };
        }
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
    if failures.is_empty() {
        for solution in &problem.solutions {
            match check_solution(problem, solution, &cases, cache, &mut notes) {
                Ok(None) => {}
                Ok(Some(failure)) => failures.push(failure),
                // A toolchain missing here is not the reference's fault: say so, go on.
                Err(e) if e.downcast_ref::<crate::lang::ToolchainError>().is_some() => {
                    notes.push(format!(
                        "solutions/{}/{}: not run: {e}",
                        solution.kind, solution.file_name
                    ));
                }
                Err(e) => failures.push(format!(
                    "solutions/{}/{}: {e:#}",
                    solution.kind, solution.file_name
                )),
            }
        }
    }
    if failures.is_empty() {
        check_scaffolds(problem, cache, &mut failures, &mut notes);
    }
    Outcome {
        slug: problem.slug.clone(),
        ok: failures.is_empty(),
        failures,
        notes,
        seconds: started.elapsed().as_secs_f64(),
        cases: cases.len(),
    }
}

/// Every language's scaffold of the problem must build and run: a fresh file gets a wrong
/// answer (or, by chance, an accepted one), never a compile error.
fn check_scaffolds(
    problem: &Problem,
    cache: &Path,
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
            notes.push(format!("{id} scaffold: not built: {e}"));
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

/// `None` when the reference behaves as its folder says, else why not.
fn check_solution(
    problem: &Problem,
    solution: &SolutionFile,
    cases: &[JudgeCase],
    cache: &Path,
    notes: &mut Vec<String>,
) -> Result<Option<String>> {
    let Some(lang) = LangId::from_path(Path::new(&solution.file_name)) else {
        return Ok(Some(format!(
            "solutions/{}/{}: unknown language",
            solution.kind, solution.file_name
        )));
    };
    let language = crate::lang::language(lang);
    // A missing toolchain is told apart from a failing reference (see `verify`).
    language.toolchain(cache)?;
    let source = Source {
        display: format!("solutions/{}/{}", solution.kind, solution.file_name),
        text: solution.source.clone(),
    };
    let options = Options {
        stop_at_first_failure: true,
        purpose: crate::lang::Purpose::Submit,
    };
    let scaled = |c: &JudgeCase, by: u64| JudgeCase {
        limits: Limits {
            time_ms: c.limits.time_ms * by,
            ..c.limits
        },
        ..c.clone()
    };
    // Too slow must stay too slow on a faster machine (a follow-up is often a time limit too).
    let too_slow = matches!(
        solution.kind.as_str(),
        "time_limit_exceeded" | "follow_up_not_met"
    );
    let changed: Vec<JudgeCase>;
    let list = match solution.kind.as_str() {
        "brute_force" => {
            changed = cases
                .iter()
                .filter(|c| c.input.to_string().len() <= SMALL_INPUT)
                .map(|c| scaled(c, 10))
                .collect();
            &changed
        }
        _ if too_slow => {
            changed = cases.iter().map(|c| scaled(c, TIME_MARGIN)).collect();
            &changed
        }
        _ => cases,
    };
    let report = judge::judge(problem, language.as_ref(), &source, list, options, cache)?;
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
            return Ok(Some(format!(
                "solutions/{other}/: not a reference folder (see docs/contract.md section 1)"
            )))
        }
    };
    if wanted(&report) {
        if solution.kind == "accepted" {
            let slowest = report.cases.iter().max_by(|a, b| {
                (a.cpu_ms / a.limit_ms as f64).total_cmp(&(b.cpu_ms / b.limit_ms as f64))
            });
            if let Some(c) = slowest.filter(|c| c.cpu_ms * TIME_MARGIN as f64 > c.limit_ms as f64) {
                notes.push(format!(
                    "{}: {:.0} ms of its {} ms on {} `{}`: less than {TIME_MARGIN}x headroom",
                    source.display,
                    c.cpu_ms,
                    c.limit_ms,
                    c.group.as_str(),
                    c.name
                ));
            }
        }
        return Ok(None);
    }
    let got = match report.follow_up {
        Some(FollowUpStatus::NotMet) => "accepted, follow-up not met".to_string(),
        _ => report.verdict.as_str().to_string(),
    };
    let first = report.cases.iter().find(|c| c.verdict.is_failure());
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
    Ok(Some(format!(
        "{}: expected {}, got {got}{detail}{margin}",
        source.display, solution.kind,
    )))
}
