//! The judge: builds a solution (a trusted step), runs its cases in as few processes as
//! possible under per-case limits, re-runs cases near their limit, checks each answer, and
//! returns a `Report`. A verdict is data; `Err` is prep itself failing.

#[cfg(target_os = "linux")]
pub mod cgroup;
pub mod check;
pub mod inputs;
pub mod protocol;
pub mod report;
pub mod run;
pub mod sandbox;
pub mod stress;
pub mod validators;

use std::path::Path;

use serde_json::Value;
use thiserror::Error;

use crate::catalog::problem::{Case, Expected, Generated, Limits, Signature};
use crate::catalog::Problem;
use crate::lang::{Build, Language, Program, Purpose, Source, ToolchainError};
use inputs::{Input, InputCache};
use report::{CaseReport, FollowUpStatus, Group, Report, Verdict};
use run::{CaseLimits, CaseRun, Outcome};

#[derive(Debug, Error)]
pub enum JudgeError {
    #[error(transparent)]
    Toolchain(#[from] ToolchainError),
    #[error("could not start the solution: {0}")]
    Start(#[from] std::io::Error),
    #[error("{path}: generated group `{group}`: {message}")]
    Generator {
        path: String,
        group: String,
        message: String,
    },
}

/// One case to judge.
#[derive(Debug, Clone)]
pub struct JudgeCase {
    pub group: Group,
    pub name: String,
    pub input: Input,
    pub expected: Option<Expected>,
    pub limits: Limits,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Stop at the first failing case; later ones are `skipped`.
    pub stop_at_first_failure: bool,
    /// What the build is for (sanitizers for `test`, an optimised build for `submit`).
    pub purpose: Purpose,
}

/// Every case of a submit: examples, tests, generated (from `inputs`), then the follow-up
/// group.
pub fn submit_cases(problem: &Problem, inputs: &InputCache) -> Result<Vec<JudgeCase>, JudgeError> {
    let mut cases = listed(&problem.examples, Group::Example, problem.limits);
    cases.extend(listed(&problem.tests, Group::Test, problem.limits));
    cases.extend(expand(
        problem,
        &problem.generated,
        Group::Generated,
        problem.limits,
        inputs,
    )?);
    if let Some(f) = &problem.follow_up {
        cases.extend(listed(&f.tests, Group::FollowUp, f.limits));
        cases.extend(expand(
            problem,
            &f.generated,
            Group::FollowUp,
            f.limits,
            inputs,
        )?);
    }
    Ok(cases)
}

/// Hand-written cases as judge cases.
pub fn listed(cases: &[Case], group: Group, limits: Limits) -> Vec<JudgeCase> {
    cases
        .iter()
        .map(|c| JudgeCase {
            group,
            name: c.name.clone(),
            input: Input::Value(c.input.clone()),
            expected: c.output.clone(),
            limits,
        })
        .collect()
}

/// The cases of generated groups, from the input cache (made there when missing).
pub fn expand(
    problem: &Problem,
    groups: &[Generated],
    group: Group,
    limits: Limits,
    inputs: &InputCache,
) -> Result<Vec<JudgeCase>, JudgeError> {
    let mut out = Vec::new();
    for g in groups {
        let made = inputs.group(g).map_err(|message| JudgeError::Generator {
            path: problem.origin.clone(),
            group: g.name.clone(),
            message,
        })?;
        for i in 0..g.count {
            out.push(JudgeCase {
                group,
                name: if g.count == 1 {
                    g.name.clone()
                } else {
                    format!("{} #{}", g.name, i + 1)
                },
                input: Input::Generated(made.clone(), i as usize),
                expected: g.expected.get(i as usize).cloned(),
                limits,
            });
        }
    }
    Ok(out)
}

/// Judges a solution on `cases`.
pub fn judge(
    problem: &Problem,
    language: &dyn Language,
    source: &Source,
    cases: &[JudgeCase],
    options: Options,
    cache: &Path,
) -> Result<Report, JudgeError> {
    let toolchain = language.toolchain(cache)?;
    let program = match language.build(problem, source, &toolchain, cache, options.purpose)? {
        Build::Ready(program) => program,
        Build::CompileError(message) => {
            return Ok(compile_error(problem, language, cases, message))
        }
    };
    let header = language.header(problem);
    let multiplier = program.time_multiplier;
    let allowance = program.memory_allowance_kb;
    let limits_of = |c: &JudgeCase| CaseLimits {
        cpu_ms: ((c.limits.time_ms as f64) * multiplier).round() as u64,
        memory_kb: c.limits.memory_mb * 1024 + allowance,
    };
    let mut runs: Vec<Option<CaseRun>> = vec![None; cases.len()];
    let mut stderr_of: Vec<String> = vec![String::new(); cases.len()];
    let mut stopped = false;
    let mut next = 0;
    while next < cases.len() && !stopped {
        // A batch is a run of consecutive cases with the same memory limit (one cgroup holds
        // a process): a follow-up group with its own CPU limit runs in the same process.
        let memory_kb = limits_of(&cases[next]).memory_kb;
        let end = (next..cases.len())
            .find(|&i| limits_of(&cases[i]).memory_kb != memory_kb)
            .unwrap_or(cases.len());
        let limits = |k: usize| limits_of(&cases[k]);
        let batch: Vec<(usize, &Input)> = (next..end).map(|i| (i, &cases[i].input)).collect();
        let mut last = None;
        let result = run::run_batch(&program, &header, &batch, &limits, &mut |run: CaseRun| {
            let k = run.k;
            let failed = first_verdict(problem, &cases[k], &run, limits(k)).is_failure();
            last = Some(k);
            runs[k] = Some(run);
            !(options.stop_at_first_failure && failed)
        })?;
        if let Some(message) = result.compile_error {
            return Ok(compile_error(problem, language, cases, message));
        }
        if let Some(k) = last {
            stderr_of[k] = tail(&result.stderr, 2048);
            if options.stop_at_first_failure
                && first_verdict(
                    problem,
                    &cases[k],
                    runs[k].as_ref().expect("set"),
                    limits(k),
                )
                .is_failure()
            {
                stopped = true;
            }
        }
        next = match last {
            // The process ended (crash, time-out) or finished: go on after the last case seen.
            Some(k) => k + 1,
            // The process died before any case: report the first case as crashed.
            None => {
                runs[next] = Some(CaseRun {
                    k: next,
                    outcome: Outcome::Crashed {
                        signal: None,
                        status: None,
                    },
                    cpu_ms: 0.0,
                    call_ms: None,
                    wall_ms: 0.0,
                    memory_kb: 0,
                    stdout: String::new(),
                });
                stderr_of[next] = tail(&result.stderr, 2048);
                next + 1
            }
        };
    }
    rerun_near_limit(&program, &header, cases, &mut runs, &limits_of)?;
    let warnings = if options.purpose == Purpose::Test {
        let test = Recheck {
            problem,
            language,
            source,
            cache,
            header: &header,
            cases,
        };
        test.as_leetcode(&toolchain, &mut runs, &mut stderr_of, &limits_of)?
    } else {
        Vec::new()
    };
    let mut report = assemble(
        problem, language, cases, &runs, &stderr_of, options, &limits_of,
    );
    for (case, warning) in report.cases.iter_mut().zip(warnings) {
        case.warning = warning;
    }
    Ok(report)
}

/// What a re-check of `test` failures against a build like LeetCode's needs.
struct Recheck<'a> {
    problem: &'a Problem,
    language: &'a dyn Language,
    source: &'a Source,
    cache: &'a Path,
    header: &'a protocol::Header,
    cases: &'a [JudgeCase],
}

impl Recheck<'_> {
    /// Cases whose `test` build failed where LeetCode's would not (`debug_only_failure`) run
    /// again with the `submit` build, whose run replaces theirs; each one's finding is
    /// returned as its warning.
    fn as_leetcode(
        &self,
        toolchain: &crate::lang::toolchain::Toolchain,
        runs: &mut [Option<CaseRun>],
        stderr_of: &mut [String],
        limits_of: &dyn Fn(&JudgeCase) -> CaseLimits,
    ) -> Result<Vec<Option<String>>, JudgeError> {
        let mut warnings = vec![None; self.cases.len()];
        let flagged: Vec<(usize, String)> = runs
            .iter()
            .enumerate()
            .filter_map(|(i, r)| match &r.as_ref()?.outcome {
                Outcome::Error { message, .. } => self
                    .language
                    .debug_only_failure(message)
                    .map(|why| (i, why)),
                _ => None,
            })
            .collect();
        if flagged.is_empty() {
            return Ok(warnings);
        }
        let Build::Ready(program) = self.language.build(
            self.problem,
            self.source,
            toolchain,
            self.cache,
            Purpose::Submit,
        )?
        else {
            return Ok(warnings);
        };
        for (i, why) in flagged {
            let case = &self.cases[i];
            let mut again = None;
            let result = run::run_batch(
                &program,
                self.header,
                &[(i, &case.input)],
                &|_| limits_of(case),
                &mut |r| {
                    again = Some(r);
                    true
                },
            )?;
            if let Some(run) = again {
                runs[i] = Some(run);
                stderr_of[i] = tail(&result.stderr, 2048);
                warnings[i] = Some(why);
            }
        }
        Ok(warnings)
    }
}

/// Cases that finished between 0.85 L and 1.5 L are run again, up to twice; the least CPU
/// time decides (docs/contract.md section 5).
fn rerun_near_limit(
    program: &Program,
    header: &protocol::Header,
    cases: &[JudgeCase],
    runs: &mut [Option<CaseRun>],
    limits_of: &dyn Fn(&JudgeCase) -> CaseLimits,
) -> Result<(), JudgeError> {
    for _ in 0..2 {
        let near: Vec<usize> = runs
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let r = r.as_ref()?;
                let l = limits_of(&cases[i]).cpu_ms as f64;
                let done = !matches!(
                    r.outcome,
                    Outcome::TimeLimit { .. } | Outcome::Crashed { .. }
                );
                let starved =
                    matches!(r.outcome, Outcome::TimeLimit { starved: true, .. }) && r.cpu_ms < l;
                (starved || (done && r.cpu_ms >= 0.85 * l && r.cpu_ms < 1.5 * l)).then_some(i)
            })
            .collect();
        if near.is_empty() {
            return Ok(());
        }
        for i in near {
            let limits = limits_of(&cases[i]);
            let mut again = None;
            run::run_batch(
                program,
                header,
                &[(i, &cases[i].input)],
                &|_| limits,
                &mut |r| {
                    again = Some(r);
                    true
                },
            )?;
            if let (Some(again), Some(first)) = (again, runs[i].as_mut()) {
                if matches!(first.outcome, Outcome::TimeLimit { starved: true, .. }) {
                    // The first run never finished: the new one stands in for it.
                    *first = again;
                } else {
                    first.cpu_ms = first.cpu_ms.min(match again.outcome {
                        Outcome::TimeLimit { .. } => limits.stop_cpu_ms() as f64,
                        _ => again.cpu_ms,
                    });
                }
            }
        }
    }
    Ok(())
}

/// The verdict of a case from its run alone (before re-runs).
fn first_verdict(
    problem: &Problem,
    case: &JudgeCase,
    run: &CaseRun,
    limits: CaseLimits,
) -> Verdict {
    // A case starved by a busy machine is run again before anything is decided; so is one
    // that finished near its limit (its CPU time is compared after the re-runs).
    if matches!(run.outcome, Outcome::TimeLimit { starved: true, .. })
        && run.cpu_ms < limits.cpu_ms as f64
    {
        return Verdict::Accepted;
    }
    evaluate(problem, case, run).0
}

/// In a design problem, the call whose answer holds the first difference at `path` (such as
/// `[5]` or `[5][1]`), as `call 5: get(1)`: the input shown may be cut, the call is not.
fn design_call(problem: &Problem, input: &Value, path: &str) -> Option<String> {
    if !matches!(problem.signature, Signature::Class { .. }) {
        return None;
    }
    let index: usize = path.strip_prefix('[')?.split(']').next()?.parse().ok()?;
    let op = input.get("ops")?.get(index)?.as_str()?;
    let args = input.get("args")?.get(index)?.as_array()?;
    let args: Vec<String> = args.iter().map(check::short).collect();
    Some(format!("call {index}: {op}({})", args.join(", ")))
}

/// What a C++ sanitizer reported on stderr, in one line: the process then exits with a
/// bare status 1, which says nothing by itself.
fn sanitizer_finding(stderr: &str) -> Option<String> {
    stderr.lines().find_map(|line| {
        if let Some((place, what)) = line.split_once(": runtime error: ") {
            let at = place
                .rsplit('/')
                .next()
                .and_then(|file| file.split(':').nth(1))
                .map(|line| format!(" at line {line}"))
                .unwrap_or_default();
            Some(format!("undefined behaviour{at}: {what}"))
        } else if let Some((_, what)) = line.split_once("ERROR: AddressSanitizer: ") {
            let what = what.split(" on address").next().unwrap_or(what);
            Some(format!(
                "AddressSanitizer: {what} (the stack below shows where)"
            ))
        } else {
            // clang's report is long enough for its first line to fall out of the kept tail;
            // its last line says as much: `SUMMARY: AddressSanitizer: <what> <file:line:col>
            // in <function>`.
            let (_, summary) = line.split_once("SUMMARY: AddressSanitizer: ")?;
            let mut words = summary.split_whitespace();
            let what = words.next()?;
            let at = words
                .next()
                .and_then(|place| {
                    let file = place.rsplit('/').next()?;
                    let line = file.split(':').nth(1)?;
                    Some(format!(" at line {line} of {}", file.split(':').next()?))
                })
                .unwrap_or_default();
            Some(format!("AddressSanitizer: {what}{at}"))
        }
    })
}

/// The input as the checker needs it: a design class's calls and a validator read it; other
/// checkers do not, so a cached input is not parsed for them.
fn checked_input<'a>(problem: &Problem, input: &'a Input) -> &'a Value {
    static UNUSED: Value = Value::Null;
    let design = matches!(
        problem.signature,
        Signature::Class {
            roundtrip: None,
            ..
        }
    );
    if design
        || matches!(
            problem.checker,
            crate::catalog::problem::Checker::Validator(_)
        )
    {
        input.value()
    } else {
        &UNUSED
    }
}

/// The verdict of a run, the message and the first difference's path.
fn evaluate(
    problem: &Problem,
    case: &JudgeCase,
    run: &CaseRun,
) -> (Verdict, Option<String>, Option<String>) {
    match &run.outcome {
        Outcome::Value { value, aliased } => match &case.expected {
            None => (Verdict::Unchecked, None, None),
            Some(expected) => match check::check(
                &problem.signature,
                &problem.checker,
                checked_input(problem, &case.input),
                expected,
                value,
                *aliased,
            ) {
                Ok(()) => (Verdict::Accepted, None, None),
                Err(diff) => {
                    let message = match design_call(problem, case.input.value(), &diff.path) {
                        Some(call) => format!("{} ({call})", diff.message),
                        None => diff.message,
                    };
                    (Verdict::WrongAnswer, Some(message), Some(diff.path))
                }
            },
        },
        Outcome::BadOutput(message) => (Verdict::WrongAnswer, Some(message.clone()), None),
        Outcome::Error { kind, message } => (
            Verdict::RuntimeError,
            Some(if message.is_empty() {
                kind.clone()
            } else {
                message.clone()
            }),
            None,
        ),
        Outcome::TimeLimit { wall, starved } => (
            Verdict::TimeLimitExceeded,
            Some(if *starved {
                "stopped by the wall-clock backstop while it waited for a CPU, three times: the machine is too busy to judge it".into()
            } else if *wall {
                "stopped by the wall-clock backstop (sleeping or waiting?)".into()
            } else {
                "stopped after using 1.5x the CPU limit".into()
            }),
            None,
        ),
        Outcome::MemoryLimit => (
            Verdict::MemoryLimitExceeded,
            Some(format!(
                "over the {} MiB memory limit",
                case.limits.memory_mb
            )),
            None,
        ),
        Outcome::OutputLimit => (
            Verdict::OutputLimitExceeded,
            Some("printed more than the output limit".into()),
            None,
        ),
        Outcome::Crashed { signal, status } => (
            Verdict::RuntimeError,
            Some(match (signal, status) {
                (Some(s), _) => format!("the process was killed by {s}"),
                (None, Some(code)) => {
                    format!("the process exited (status {code}) before returning an answer")
                }
                (None, None) => "the process ended before returning an answer".into(),
            }),
            None,
        ),
    }
}

fn assemble(
    problem: &Problem,
    language: &dyn Language,
    cases: &[JudgeCase],
    runs: &[Option<CaseRun>],
    stderr_of: &[String],
    options: Options,
    limits_of: &dyn Fn(&JudgeCase) -> CaseLimits,
) -> Report {
    let mut reports = Vec::with_capacity(cases.len());
    let mut failed_main = false;
    let mut failed_follow_up = false;
    for (i, case) in cases.iter().enumerate() {
        let skip = options.stop_at_first_failure
            && (failed_main || (case.group == Group::FollowUp && failed_follow_up));
        let run = runs[i].as_ref().filter(|_| !skip);
        let (input, cut_input) = case.input.shown();
        let limit_ms = limits_of(case).cpu_ms;
        let mut entry = CaseReport {
            index: i,
            group: case.group,
            name: case.name.clone(),
            verdict: Verdict::Skipped,
            cpu_ms: 0.0,
            limit_ms,
            wall_ms: 0.0,
            memory_kb: 0,
            input,
            expected: case
                .expected
                .as_ref()
                .map(|e| report::shown(&e.to_json()).0),
            actual: None,
            stdout: String::new(),
            stderr: String::new(),
            signal: None,
            message: None,
            warning: None,
            diff_path: None,
            truncated: cut_input,
        };
        if let Some(run) = run {
            let (mut verdict, mut message, diff_path) = evaluate(problem, case, run);
            let limit = limit_ms as f64;
            if run.cpu_ms > limit
                && !matches!(
                    verdict,
                    Verdict::TimeLimitExceeded
                        | Verdict::RuntimeError
                        | Verdict::MemoryLimitExceeded
                )
            {
                verdict = Verdict::TimeLimitExceeded;
                message = Some(format!(
                    "used {:.0} ms of CPU; the limit is {limit:.0} ms",
                    run.cpu_ms
                ));
            }
            if let Outcome::TimeLimit {
                wall: false,
                starved: false,
            } = run.outcome
            {
                message = Some(format!(
                    "stopped after using 1.5x the CPU limit of {limit:.0} ms"
                ));
            }
            entry.verdict = verdict;
            entry.cpu_ms = (run.cpu_ms * 10.0).round() / 10.0;
            entry.wall_ms = (run.wall_ms * 10.0).round() / 10.0;
            entry.memory_kb = run.memory_kb;
            entry.stdout.clone_from(&run.stdout);
            entry.message = message;
            entry.diff_path = diff_path.filter(|p| !p.is_empty());
            if let Outcome::Value { value, .. } = &run.outcome {
                let (actual, cut) = report::shown(value);
                entry.actual = Some(actual);
                entry.truncated |= cut;
            }
            if let Outcome::Crashed { signal, .. } = &run.outcome {
                entry.signal.clone_from(signal);
                if let Some(found) = sanitizer_finding(&stderr_of[i]) {
                    entry.message = Some(found);
                }
            }
            if verdict.is_failure() {
                entry.stderr.clone_from(&stderr_of[i]);
                if case.group == Group::FollowUp {
                    failed_follow_up = true;
                } else {
                    failed_main = true;
                }
            }
        }
        reports.push(entry);
    }
    let main_verdict = reports
        .iter()
        .filter(|c| c.group != Group::FollowUp && c.verdict.is_failure())
        .map(|c| c.verdict)
        .max_by_key(|v| v.rank())
        .unwrap_or(Verdict::Accepted);
    let has_follow_up = cases.iter().any(|c| c.group == Group::FollowUp);
    let follow_up = (has_follow_up && main_verdict == Verdict::Accepted).then(|| {
        if reports
            .iter()
            .any(|c| c.group == Group::FollowUp && c.verdict.is_failure())
        {
            FollowUpStatus::NotMet
        } else {
            FollowUpStatus::Met
        }
    });
    Report {
        slug: problem.slug.clone(),
        language: language.id().to_string(),
        verdict: main_verdict,
        follow_up,
        passed: reports
            .iter()
            .filter(|c| c.verdict == Verdict::Accepted)
            .count(),
        total: reports.len(),
        compile_output: None,
        cases: reports,
        session: None,
    }
}

fn compile_error(
    problem: &Problem,
    language: &dyn Language,
    cases: &[JudgeCase],
    message: String,
) -> Report {
    Report {
        slug: problem.slug.clone(),
        language: language.id().to_string(),
        verdict: Verdict::CompileError,
        follow_up: None,
        passed: 0,
        total: cases.len(),
        compile_output: Some(message),
        cases: Vec::new(),
        session: None,
    }
}

fn tail(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut start = text.len() - max;
    while !text.is_char_boundary(start) {
        start += 1;
    }
    text[start..].to_string()
}

/// Why the reference has no answer to an input.
#[derive(Debug, Clone, PartialEq)]
pub enum NoAnswer {
    /// It failed on it (crashed, ran out of time or memory): what happened.
    Failed(String),
    /// Its answer is one the return type cannot hold, such as a count past 2^31 - 1 where the
    /// problem promises an int: the input is outside the problem's promises.
    BeyondType(String),
}

impl std::fmt::Display for NoAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NoAnswer::Failed(why) => f.write_str(why),
            NoAnswer::BeyondType(why) => {
                write!(f, "its answer does not fit the return type: {why}")
            }
        }
    }
}

/// Runs the accepted Python reference on `inputs` and returns its answers (an error where it
/// failed, or answered what the return type cannot hold): the expected outputs of a user's own
/// cases, of `verify --bless` and of the stress finder.
pub fn reference_outputs(
    problem: &Problem,
    inputs: &[Value],
    cache: &Path,
) -> Result<Vec<Result<Value, NoAnswer>>, JudgeError> {
    let reference = problem.reference().ok_or_else(|| {
        JudgeError::Toolchain(ToolchainError {
            message: format!(
                "{}: no accepted Python reference in solutions/accepted/",
                problem.origin
            ),
        })
    })?;
    let python = crate::lang::python::Python;
    let source = Source {
        display: format!("solutions/accepted/{}", reference.file_name),
        text: reference.source.clone(),
    };
    // The reference gets generous limits: it computes answers, it is not being judged.
    let limits = Limits {
        time_ms: problem.limits.time_ms.max(10_000),
        memory_mb: problem.limits.memory_mb.max(1024),
    };
    let cases: Vec<JudgeCase> = inputs
        .iter()
        .map(|input| JudgeCase {
            group: Group::Custom,
            name: String::new(),
            input: Input::Value(input.clone()),
            expected: None,
            limits,
        })
        .collect();
    let toolchain = python.toolchain(cache)?;
    let Build::Ready(program) =
        python.build(problem, &source, &toolchain, cache, Purpose::Submit)?
    else {
        unreachable!("python builds are always ready")
    };
    let header = python.header(problem);
    let mut out: Vec<Result<Value, NoAnswer>> =
        vec![Err(NoAnswer::Failed("not run".into())); inputs.len()];
    let mut next = 0;
    while next < inputs.len() {
        let batch: Vec<(usize, &Input)> =
            (next..inputs.len()).map(|i| (i, &cases[i].input)).collect();
        let mut last = None;
        let limits = CaseLimits {
            cpu_ms: limits.time_ms,
            memory_kb: limits.memory_mb * 1024,
        };
        let end = run::run_batch(&program, &header, &batch, &|_| limits, &mut |r| {
            last = Some(r.k);
            out[r.k] = match r.outcome {
                Outcome::Value { value, .. } => problem
                    .signature
                    .check_output(&inputs[r.k], &value, "")
                    .map(|()| value)
                    .map_err(|m| NoAnswer::BeyondType(m.message)),
                other => Err(NoAnswer::Failed(format!("{other:?}"))),
            };
            true
        })?;
        if let Some(message) = end.compile_error {
            return Err(JudgeError::Toolchain(ToolchainError { message }));
        }
        next = last.map_or(next + 1, |k| k + 1);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::sanitizer_finding;

    #[test]
    fn sanitizer_findings_read_as_one_line() {
        let ubsan = "/home/u/prep/x/solution.cpp:32:20: runtime error: member access within null pointer of type 'struct TreeNode'\n    #0 0x55 in f";
        assert_eq!(
            sanitizer_finding(ubsan).as_deref(),
            Some("undefined behaviour at line 32: member access within null pointer of type 'struct TreeNode'")
        );
        let asan = "=================================================================\n==12==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x602 at pc 0x55 bp 0x7f\nREAD of size 4";
        assert_eq!(
            sanitizer_finding(asan).as_deref(),
            Some("AddressSanitizer: heap-buffer-overflow (the stack below shows where)")
        );
        assert_eq!(sanitizer_finding("Traceback: boom"), None);
        let clang = "=>0x5020: fa fa\nSUMMARY: AddressSanitizer: heap-buffer-overflow /home/me/prep/two-sum/solution.cpp:6:29 in Solution::twoSum(int)\nShadow bytes";
        assert_eq!(
            sanitizer_finding(clang).as_deref(),
            Some("AddressSanitizer: heap-buffer-overflow at line 6 of solution.cpp")
        );
    }
}
