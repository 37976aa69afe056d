//! `prep test`: the examples and the user's own cases (`cases.json`), or one `--input`,
//! judged with every case run; expected outputs missing from own cases come from our
//! accepted reference.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context as _, Result};
use serde_json::Value;

use super::Ctx;
use crate::catalog::problem::{cases, Expected};
use crate::catalog::raw::RawCase;
use crate::catalog::Problem;
use crate::cli::TestArgs;
use crate::judge::report::Group;
use crate::judge::{self, JudgeCase, Options};

pub fn run(ctx: &Ctx, args: &TestArgs) -> Result<u8> {
    let target = super::resolve(ctx, &args.which)?;
    let report = judge_tests(ctx, &target, args.input.as_deref(), args.case)?;
    if args.json {
        super::print_json(&report)?;
    } else {
        super::print(&crate::ui::report::render_for(&report, target.problem))?;
    }
    Ok(report.verdict.exit_code())
}

/// Judges the examples and the user's own cases (or one `--input`, or case N), counting the
/// run in the session. Watch mode calls this on every save.
pub fn judge_tests(
    ctx: &Ctx,
    target: &super::Target<'_>,
    input: Option<&str>,
    case: Option<usize>,
) -> Result<crate::judge::report::Report> {
    let problem = target.problem;
    let mut list = if let Some(text) = input {
        let input: Value =
            serde_json::from_str(text).map_err(|e| anyhow!("--input: not JSON: {e}"))?;
        problem
            .signature
            .check_input(&input, "input")
            .map_err(|e| anyhow!("--input: at {}: {}", e.path, e.message))?;
        vec![JudgeCase {
            group: Group::Custom,
            name: "custom".into(),
            input: input.into(),
            expected: None,
            limits: problem.limits,
        }]
    } else {
        numbered_cases(ctx, problem)?
    };
    if let Some(n) = case {
        list = vec![pick(list, n)?];
    }
    warn_broken_rules(ctx, problem, &list);
    fill_expected(ctx, problem, &mut list);
    let language = crate::lang::language(target.lang);
    let source = super::read_source(&target.path)?;
    let mut report = judge::judge(
        problem,
        language.as_ref(),
        &source,
        &list,
        Options {
            stop_at_first_failure: false,
            purpose: crate::lang::Purpose::Test,
        },
        &ctx.paths.cache_dir,
    )?;
    super::count_run(ctx, &problem.slug);
    report.session = super::session_info(ctx, &problem.slug);
    Ok(report)
}

/// The cases `prep test` numbers: the examples, then the user's cases.json.
pub fn numbered_cases(ctx: &Ctx, problem: &Problem) -> Result<Vec<JudgeCase>> {
    let mut list = judge::listed(&problem.examples, Group::Example, problem.limits);
    list.extend(own_cases(&cases_file(ctx, problem), problem)?);
    Ok(list)
}

/// Case `n` (1-based) of `list`, or an error saying which numbers there are.
pub fn pick(mut list: Vec<JudgeCase>, n: usize) -> Result<JudgeCase> {
    if n == 0 || n > list.len() {
        let range = match list.len() {
            1 => "only case 1".to_string(),
            n => format!("1 to {n}"),
        };
        bail!(
            "--case {n}: there {} ({range}: examples first, then cases.json)",
            if list.len() == 1 {
                "is 1 case".to_string()
            } else {
                format!("are {} cases", list.len())
            }
        );
    }
    Ok(list.swap_remove(n - 1))
}

/// Failing inputs at most this large are added to cases.json.
const CASE_KEEP_BYTES: usize = 4 << 10;

/// `<workspace>/<slug>/cases.json`
pub fn cases_file(ctx: &Ctx, problem: &Problem) -> PathBuf {
    ctx.workspace().join(&problem.slug).join("cases.json")
}

/// The user's own cases, validated against the signature; a mistake names the file and place.
pub fn own_cases(path: &Path, problem: &Problem) -> Result<Vec<JudgeCase>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("{}: cannot read", path.display())),
    };
    let raw: Vec<RawCase> = serde_json::from_str(&text).map_err(|e| {
        anyhow!(
            "{}:{}:{}: {} (expected an array of {{\"input\": {{...}}, \"output\": ...}})",
            path.display(),
            e.line(),
            e.column(),
            e.to_string().split(" at line ").next().unwrap_or_default()
        )
    })?;
    let checked = cases(&problem.signature, raw, "", "own")
        .map_err(|e| anyhow!("{}: at {}: {}", path.display(), e.path, e.message))?;
    Ok(judge::listed(&checked, Group::Own, problem.limits))
}

/// A case of the user's that breaks the problem's input rules is still judged (a solution
/// may be asked anything), after a warning naming the case and the rule: its verdict says
/// nothing about the problem as set.
fn warn_broken_rules(ctx: &Ctx, problem: &Problem, list: &[JudgeCase]) {
    for case in list
        .iter()
        .filter(|c| matches!(c.group, Group::Own | Group::Custom))
    {
        if let Err(why) = crate::catalog::rules::check_input(problem, case.input.value()) {
            let which = match case.group {
                Group::Own => format!(
                    "{} case `{}`",
                    cases_file(ctx, problem).display(),
                    case.name
                ),
                _ => "--input".to_string(),
            };
            eprintln!(
                "{} {which} breaks the problem's constraints ({why}); judged anyway",
                crate::ui::style::warning("warning:")
            );
        }
    }
}

/// Own cases without an output get the accepted reference's answer where python3 exists;
/// otherwise they stay `unchecked`.
pub fn fill_expected(ctx: &Ctx, problem: &Problem, list: &mut [JudgeCase]) {
    let missing: Vec<usize> = (0..list.len())
        .filter(|&i| list[i].expected.is_none())
        .collect();
    if missing.is_empty() {
        return;
    }
    let inputs: Vec<Value> = missing
        .iter()
        .map(|&i| list[i].input.value().clone())
        .collect();
    match judge::reference_outputs(problem, &inputs, &ctx.paths.cache_dir) {
        Ok(outputs) => {
            for (&i, out) in missing.iter().zip(outputs) {
                if let Ok(value) = out {
                    list[i].expected = Some(Expected::Value(value));
                }
            }
        }
        Err(e) => eprintln!(
            "{} no expected outputs for your own cases: {e}",
            crate::ui::style::warning("note:")
        ),
    }
}

/// Appends a failing case to cases.json under `name`, with its expected output (small inputs
/// only, no duplicates): the file, and whether the case is new there. A cases.json that does
/// not parse is left alone. `submit` keeps its first failure this way, `stress` what it found.
pub fn keep_case(
    ctx: &Ctx,
    problem: &Problem,
    case: &crate::judge::report::CaseReport,
    name: &str,
) -> Option<(PathBuf, bool)> {
    if case.truncated || case.input.to_string().len() > CASE_KEEP_BYTES {
        return None;
    }
    let path = cases_file(ctx, problem);
    let mut list: Vec<Value> = match std::fs::read_to_string(&path) {
        Ok(text) => match serde_json::from_str(&text) {
            Ok(Value::Array(items)) => items,
            _ => {
                eprintln!(
                    "{} {}: not a JSON array; the failing case was not added",
                    crate::ui::style::warning("warning:"),
                    path.display()
                );
                return None;
            }
        },
        Err(_) => Vec::new(),
    };
    if list.iter().any(|c| c.get("input") == Some(&case.input)) {
        return Some((path, false));
    }
    let mut entry = serde_json::json!({"name": name, "input": case.input});
    if let Some(expected) = &case.expected {
        if !matches!(
            Expected::from_json(expected.clone()),
            Ok(Expected::Digest(_))
        ) {
            entry["output"] = expected.clone();
        }
    }
    list.push(entry);
    let text = crate::catalog::layout::to_string(&Value::Array(list));
    crate::paths::write_atomic(&path, text.as_bytes()).ok()?;
    Some((path, true))
}
