//! The counterexample finder behind `prep stress`: the smallest input on which a solution is
//! wrong, crashes or runs out of time.
//!
//! Why it is built as it is:
//!
//! - **Inputs come from the problem's own generators**, at small sizes first (`draw.rs`):
//!   they are valid by construction, and a bug that shows at size 3 shows on the first batch.
//!   Half of the draws narrow the group's value range, because a random 10^9-wide range almost
//!   never repeats a value, and duplicates are what many wrong answers miss.
//! - **Batches, not cases**: every batch is one process of the user's solution and one of the
//!   accepted Python reference, through the judge itself (`judge::judge` and
//!   `judge::reference_outputs`: the same build, sandbox, limits, re-runs near the limit and
//!   checker as `submit`). A batch is sorted smallest first and stops at its first failure,
//!   so that failure is the smallest of the batch; a process start (10 to 100 ms) is paid once
//!   per batch, not once per input.
//! - **Shrinking** starts by size (the same group at every smaller size, many seeds each),
//!   then goes type by type (`shrink.rs`): every one-step reduction of the input is a
//!   candidate, the valid ones are judged as a batch smallest first, and the first that still
//!   fails becomes the input, until no reduction fails. Greedy, but each round costs two
//!   processes whatever the number of candidates. At such a local minimum the two-step
//!   reductions are tried (`shrink::two_step`: an element dropped from each of two sequences,
//!   or two from one), since some inputs need two changes at once to stay failing.
//! - **Validity** is one function, [`valid`]: a shrunk input is kept only when it is an input
//!   the problem allows; an input the reference cannot answer is never used.
//! - Running processes sits behind [`Trial`], so the search and the shrinking are tested with a
//!   fake solution in unit tests; `tests/stress.rs` runs real ones.

mod draw;
pub mod shrink;

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;
use thiserror::Error;

use super::inputs::Input;
use super::report::{CaseReport, Group};
use super::{JudgeCase, JudgeError, NoAnswer, Options};
use crate::catalog::problem::Expected;
use crate::catalog::Problem;
use crate::lang::{Language, Purpose, Source};
use crate::types::signature::Signature;
use draw::{Draw, Origin, Sources};

/// Candidates of one shrinking round judged in one batch.
const ROUND: usize = 160;
/// Inputs drawn at the sizes below a first failure.
const BELOW: usize = 384;

#[derive(Debug, Error)]
pub enum StressError {
    #[error(transparent)]
    Judge(#[from] JudgeError),
    #[error("the solution does not compile:\n{0}")]
    Compile(String),
}

/// Whether `input` is one the problem allows: its types, and every constraint the problem
/// states as code (`catalog::rules`). The one place the finder asks; nothing it draws or
/// shrinks is judged without it.
pub fn valid(problem: &Problem, input: &Value) -> Result<(), String> {
    crate::catalog::rules::check_input(problem, input)
}

/// Runs a solution and the reference on inputs.
pub trait Trial {
    /// The reference's answer to each input; `None` where it has none (the input is dropped).
    fn expected(&mut self, inputs: &[Value]) -> Result<Vec<Option<Value>>, StressError>;
    /// Judges the solution on `(input, expected)` in order, stopping at the first failure:
    /// its index and its case as the judge reports it.
    fn first_failure(
        &mut self,
        cases: &[(Value, Value)],
    ) -> Result<Option<(usize, CaseReport)>, StressError>;
}

/// How long the finder may run.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    /// The search stops here.
    pub until: Instant,
    /// A failing input found late is shrunk for at least this long.
    pub shrink_at_least: Duration,
    /// The search stops after this many batches (`u32::MAX`: only the time stops it).
    pub batches: u32,
}

/// What the finder found.
#[derive(Debug, Clone)]
pub struct Finding {
    /// The smallest failing input found, and its case as the judge reports it.
    pub found: Option<(Value, CaseReport)>,
    /// Inputs the solution ran on, shrinking included.
    pub inputs_tried: u64,
    /// Of those, the ones tried while shrinking.
    pub shrink_tried: u64,
    /// `shrink::size` of the first failing input, before shrinking.
    pub first_size: Option<u64>,
    /// Seconds until the first failing input.
    pub found_after: Option<f64>,
    pub seconds: f64,
}

/// Searches for a failing input within `budget` and shrinks the first one found.
pub fn find(
    problem: &Problem,
    trial: &mut dyn Trial,
    budget: Budget,
) -> Result<Finding, StressError> {
    let started = Instant::now();
    let mut finder = Finder {
        problem,
        trial,
        passed: HashSet::new(),
        tried: 0,
    };
    let mut sources = Sources::new(problem);
    let mut found = None;
    let mut empty = 0;
    let mut batches = 0;
    while Instant::now() < budget.until && found.is_none() && batches < budget.batches {
        batches += 1;
        let batch = sources.next_batch();
        let batch = finder.fresh(batch);
        if batch.is_empty() {
            // Nothing new to draw (a problem without a generator, or one with few inputs).
            empty += 1;
            if empty >= 3 {
                break;
            }
            continue;
        }
        empty = 0;
        found = finder.first_failure(batch)?;
    }
    let Some(first) = found else {
        return Ok(Finding {
            found: None,
            inputs_tried: finder.tried,
            shrink_tried: 0,
            first_size: None,
            found_after: None,
            seconds: started.elapsed().as_secs_f64(),
        });
    };
    let found_after = started.elapsed().as_secs_f64();
    let first_size = shrink::size(&first.0.input);
    let until = budget.until.max(Instant::now() + budget.shrink_at_least);
    let searched = finder.tried;
    let mut current = first;
    // By size: the same group at each smaller size, many seeds each.
    if let Origin::Generated { group, size } = current.0.origin {
        let per_size = (BELOW / size.max(1) as usize).max(8);
        let smaller = finder.fresh(sources.below(group, size, per_size));
        if Instant::now() < until && !smaller.is_empty() {
            if let Some(better) = finder.first_failure(smaller)? {
                current = better;
            }
        }
    }
    // Type by type, one reduction at a time; two at a time where no single one still fails.
    let (mut input, mut case) = (current.0.input, current.1);
    let moves: [fn(&Signature, &Value) -> Vec<Value>; 2] = [shrink::candidates, shrink::two_step];
    'rounds: while Instant::now() < until {
        let here = (shrink::size(&input), shrink::weight(&input));
        for reductions in moves {
            let mut candidates: Vec<Value> = reductions(&problem.signature, &input)
                .into_iter()
                .filter(|c| (shrink::size(c), shrink::weight(c)) < here)
                .collect();
            candidates.sort_by_cached_key(|c| (shrink::size(c), shrink::weight(c)));
            candidates.dedup();
            let draws: Vec<Draw> = candidates
                .into_iter()
                .map(|input| Draw {
                    input,
                    origin: Origin::Written,
                })
                .collect();
            let draws = finder.fresh(draws);
            for round in draws.chunks(ROUND) {
                if Instant::now() >= until {
                    break 'rounds;
                }
                if let Some((smaller, failed)) = finder.first_failure(round.to_vec())? {
                    input = smaller.input;
                    case = failed;
                    continue 'rounds;
                }
            }
        }
        break;
    }
    Ok(Finding {
        found: Some((input, case)),
        inputs_tried: finder.tried,
        shrink_tried: finder.tried - searched,
        first_size: Some(first_size),
        found_after: Some(found_after),
        seconds: started.elapsed().as_secs_f64(),
    })
}

struct Finder<'a> {
    problem: &'a Problem,
    trial: &'a mut dyn Trial,
    /// Inputs (as compact JSON) already judged and passed, or not usable.
    passed: HashSet<String>,
    tried: u64,
}

impl Finder<'_> {
    /// The draws not seen before that are valid, smallest first.
    fn fresh(&mut self, draws: Vec<Draw>) -> Vec<Draw> {
        let mut seen = HashSet::new();
        let mut out: Vec<Draw> = draws
            .into_iter()
            .filter(|d| {
                let key = d.input.to_string();
                !self.passed.contains(&key)
                    && seen.insert(key)
                    && valid(self.problem, &d.input).is_ok()
            })
            .collect();
        out.sort_by_cached_key(|d| (shrink::size(&d.input), shrink::weight(&d.input)));
        out
    }

    /// Judges `draws` (smallest first) against the reference; the first failing one.
    fn first_failure(
        &mut self,
        draws: Vec<Draw>,
    ) -> Result<Option<(Draw, CaseReport)>, StressError> {
        let inputs: Vec<Value> = draws.iter().map(|d| d.input.clone()).collect();
        let expected = self.trial.expected(&inputs)?;
        let mut usable = Vec::new();
        let mut cases = Vec::new();
        for (draw, expected) in draws.into_iter().zip(expected) {
            match expected {
                Some(e) => {
                    cases.push((draw.input.clone(), e));
                    usable.push(draw);
                }
                None => {
                    self.passed.insert(draw.input.to_string());
                }
            }
        }
        let (ran, failure) = first_failure(self.trial, &cases)?;
        self.tried += ran as u64;
        for draw in &usable[..ran] {
            self.passed.insert(draw.input.to_string());
        }
        Ok(failure.map(|(k, again)| {
            self.passed.remove(&usable[k].input.to_string());
            (usable.swap_remove(k), again)
        }))
    }
}

/// Judges `cases` (input, expected) in order with `trial` and stops at the first failure that
/// happens again when run alone: a process that died before its first case on a busy machine
/// is no counterexample. Returns how many cases ran, and the failure's index and case.
pub fn first_failure(
    trial: &mut dyn Trial,
    cases: &[(Value, Value)],
) -> Result<(usize, Option<(usize, CaseReport)>), StressError> {
    let mut start = 0;
    while start < cases.len() {
        let Some((i, _)) = trial.first_failure(&cases[start..])? else {
            return Ok((cases.len(), None));
        };
        let k = start + i;
        if let Some((_, again)) = trial.first_failure(&cases[k..=k])? {
            return Ok((k + 1, Some((k, again))));
        }
        start = k + 1;
    }
    Ok((cases.len(), None))
}

/// The inputs the finder draws first for a problem, with the accepted Python reference's
/// answers: what `verify --stress` runs every other accepted reference on.
#[derive(Debug, Default)]
pub struct Sample {
    /// `(input, the reference's answer)`, smallest input first.
    pub cases: Vec<(Value, Value)>,
    /// Valid inputs the reference failed on, with why.
    pub unanswered: Vec<(Value, String)>,
    /// Valid inputs whose answer the return type cannot hold: outside the problem's promises
    /// (see `NoAnswer::BeyondType`), left out.
    pub beyond_type: usize,
    /// Batches drawn.
    pub batches: u32,
}

/// Draws the finder's batches for `problem` (at least `at_least`, then more until `until`),
/// keeps the valid inputs not drawn before and asks the Python reference for their answers,
/// one process per batch.
pub fn sample(
    problem: &Problem,
    cache: &Path,
    until: Instant,
    at_least: u32,
) -> Result<Sample, StressError> {
    let mut sources = Sources::new(problem);
    let mut seen = HashSet::new();
    let mut out = Sample::default();
    let mut empty = 0;
    while out.batches < at_least || Instant::now() < until {
        out.batches += 1;
        let inputs: Vec<Value> = sources
            .next_batch()
            .into_iter()
            .map(|d| d.input)
            .filter(|i| seen.insert(i.to_string()) && valid(problem, i).is_ok())
            .collect();
        if inputs.is_empty() {
            // Nothing new to draw (see `find`).
            empty += 1;
            if empty >= 3 {
                break;
            }
            continue;
        }
        empty = 0;
        let answers = super::reference_outputs(problem, &inputs, cache)?;
        for (input, answer) in inputs.into_iter().zip(answers) {
            match answer {
                Ok(answer) => out.cases.push((input, answer)),
                Err(NoAnswer::BeyondType(_)) => out.beyond_type += 1,
                Err(NoAnswer::Failed(why)) => out.unanswered.push((input, why)),
            }
        }
    }
    out.cases
        .sort_by_cached_key(|(i, _)| (shrink::size(i), shrink::weight(i)));
    Ok(out)
}

/// A user's solution judged as `submit` judges it, against the accepted Python reference.
pub struct Judged<'a> {
    pub problem: &'a Problem,
    pub language: &'a dyn Language,
    pub source: &'a Source,
    pub cache: &'a Path,
    /// The reference's answers so far, by input (handed from one solution's trial to the
    /// next when several are stressed on the same problem).
    pub answers: HashMap<String, Option<Value>>,
}

impl<'a> Judged<'a> {
    pub fn new(
        problem: &'a Problem,
        language: &'a dyn Language,
        source: &'a Source,
        cache: &'a Path,
    ) -> Judged<'a> {
        Judged {
            problem,
            language,
            source,
            cache,
            answers: HashMap::new(),
        }
    }
}

impl Trial for Judged<'_> {
    fn expected(&mut self, inputs: &[Value]) -> Result<Vec<Option<Value>>, StressError> {
        let missing: Vec<Value> = inputs
            .iter()
            .filter(|i| !self.answers.contains_key(&i.to_string()))
            .cloned()
            .collect();
        if !missing.is_empty() {
            let outputs = super::reference_outputs(self.problem, &missing, self.cache)?;
            for (input, output) in missing.iter().zip(outputs) {
                self.answers.insert(input.to_string(), output.ok());
            }
        }
        Ok(inputs
            .iter()
            .map(|i| self.answers.get(&i.to_string()).cloned().flatten())
            .collect())
    }

    fn first_failure(
        &mut self,
        cases: &[(Value, Value)],
    ) -> Result<Option<(usize, CaseReport)>, StressError> {
        let list: Vec<JudgeCase> = cases
            .iter()
            .map(|(input, expected)| JudgeCase {
                group: Group::Custom,
                name: "smallest failing input".into(),
                input: Input::Value(input.clone()),
                expected: Some(Expected::Value(expected.clone())),
                limits: self.problem.limits,
            })
            .collect();
        let report = super::judge(
            self.problem,
            self.language,
            self.source,
            &list,
            Options {
                stop_at_first_failure: true,
                purpose: Purpose::Submit,
            },
            self.cache,
        )?;
        if let Some(output) = report.compile_output {
            return Err(StressError::Compile(output));
        }
        Ok(report
            .cases
            .into_iter()
            .enumerate()
            .find(|(_, c)| c.verdict.is_failure()))
    }
}

#[cfg(test)]
mod tests;
