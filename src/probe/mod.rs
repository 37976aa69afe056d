//! The complexity probe: how a solution's time grows with n, named as one of seven classes.
//!
//! Design, in the order a probe runs:
//!
//! - **Families.** The inputs come from the problem's own generated and follow-up groups:
//!   each distinct group (its generator and parameters, size aside) is a family, so the
//!   families that make slow solutions slow (falling temperatures, all-equal 3sum values) are
//!   on the ladder because the groups put them there to catch those solutions. A family's
//!   input of size s is `Spec::at_size(s)`: the group's own parameters with only the size
//!   changed.
//! - **The ladder.** Sizes grow geometrically (×2) up to the largest size the groups use (a
//!   valid input by the problem's own constraints), from 1/1024 of it; a generator whose
//!   sizes are small (under 64: subsets, permutations) steps by one instead, where exponential
//!   growth shows. Each size is run `repeats` times per family and the least time kept (noise
//!   on a busy machine only ever adds time); the size's time is the largest over the families
//!   (the worst case the groups know).
//! - **Few processes.** The ladder runs in chunks of `CHUNK` sizes, smallest first, each
//!   chunk's cases through one `run::run_batch` (the judge's own sandbox and limits), each
//!   chunk's inputs made only when it starts. A case over the per-case budget is stopped by
//!   the judge's CPU limit (1.5 × the budget), and the ladder ends there; so does a ladder
//!   whose cases' total passes the total budget, and one whose next chunk (inputs about
//!   2^CHUNK times the last's) would take it past its wall budget: making, sending and
//!   loading the inputs of a large design-class ladder cost far more than the calls (the
//!   key-value store's whole ladder at once took 15.9 s for 0.3 s of calls).
//! - **What is timed.** The harness's `call_ms` (the user's call alone, without decoding the
//!   input or encoding the answer; `protocol::Done`) where the harness sends it — Python's —
//!   and the case's CPU time otherwise, which adds the input's decoding: linear, so a
//!   sub-linear solution reads as O(n) there (`timing: "case"` in the result says so).
//! - **n.** Counted in each input (`catalog::complexity::Count`): every value of every array
//!   and character of every string (a grid's cells, the sum of list lengths), every call of a
//!   design class; or the generator's size for an input that is one number.
//! - **The fit.** `fit.rs`. Space is fitted the same way from each size's memory peak above
//!   the smallest size's, and reported only when that grows by more than
//!   `SPACE_VISIBLE_KB` over the ladder (below it, the runtime's own allocations decide).

pub mod fit;

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::catalog::complexity::{Class, Count};
use crate::catalog::generators::{Rng, Spec};
use crate::catalog::Problem;
use crate::judge::inputs::Input;
use crate::judge::run::{self, CaseLimits, CaseRun, Outcome};
use crate::judge::JudgeError;
use crate::lang::{Build, Language, Purpose, Source};
pub use fit::Fit;

/// Memory growth below this over the whole ladder is the runtime's own noise.
const SPACE_VISIBLE_KB: f64 = 8.0 * 1024.0;
/// The ladder runs in chunks of this many sizes, one process each, each chunk's inputs made
/// only when it starts.
const CHUNK: usize = 4;
/// Sizes below this step by one.
const SMALL_SIZES: u64 = 64;
/// Ladder steps below the top size, ×2 apart.
const STEPS: u32 = 10;

/// How much a probe may spend.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    /// A case over this many ms of CPU ends the ladder (the judge stops it at 1.5×).
    pub case_ms: u64,
    /// The ladder ends once its cases used this much CPU in all.
    pub total_ms: u64,
    /// Runs of each size and family; the least time counts.
    pub repeats: usize,
    /// The wall time the ladder's chunks may take: a chunk that would pass it is not started.
    pub wall: Duration,
}

impl Budget {
    /// Under an accepted submit: ≤ 3 s of wall time with a process start and a build cached.
    pub const SUBMIT: Budget = Budget {
        case_ms: 150,
        total_ms: 1500,
        repeats: 2,
        wall: Duration::from_millis(2500),
    };
    /// `prep complexity`: ≤ 15 s.
    pub const COMMAND: Budget = Budget {
        case_ms: 500,
        total_ms: 5000,
        repeats: 3,
        wall: Duration::from_secs(12),
    };
}

/// A measured ladder.
#[derive(Debug, Clone)]
pub struct Measurement {
    /// n of each measured step.
    pub sizes: Vec<u64>,
    /// Least CPU ms of each step (the worst family's).
    pub cpu_ms: Vec<f64>,
    /// Peak memory (KiB) of each step.
    pub memory_kb: Vec<u64>,
    pub time: Option<Fit>,
    pub space: Option<Class>,
    /// The target time class in n, where the problem's target maps to one.
    pub target: Option<Class>,
    /// `call` (the call alone) or `case` (with the input's decoding).
    pub timing: &'static str,
    /// The ladder ended at its budget before its top size.
    pub stopped_early: bool,
}

impl Measurement {
    /// Whether the measured class is no worse than the target (a neighbour of the same
    /// degree counts: O(n log n) meets O(n)); `None` without a class or a target.
    pub fn meets_target(&self) -> Option<bool> {
        let class = self.time?.class;
        let target = self.target?;
        Some(class <= target || class.degree() == target.degree())
    }

    /// The growth over the last steps: (first n, last n, time ratio), for the submit line.
    pub fn growth(&self) -> Option<(u64, u64, f64)> {
        let last = self.sizes.len().checked_sub(1)?;
        let first = last.saturating_sub(4);
        if first == last {
            return None;
        }
        let ratio = self.cpu_ms[last] / self.cpu_ms[first].max(0.001);
        Some((self.sizes[first], self.sizes[last], ratio))
    }
}

/// How a probe ended.
#[derive(Debug, Clone)]
pub enum Probed {
    Measured(Measurement),
    /// The solution failed a case of the ladder (an error, a crash, an answer that cannot be
    /// encoded): n of the case and what happened.
    Failed {
        n: u64,
        what: String,
    },
    CompileError(String),
}

/// Why a probe cannot run at all (exit 2).
#[derive(Debug, thiserror::Error)]
pub enum ProbeError {
    #[error("{0}: no generated group whose inputs grow, so there is nothing to measure")]
    NoLadder(String),
    #[error(transparent)]
    Judge(#[from] JudgeError),
}

/// One family of inputs: a group's generator and parameters, and its largest size.
struct Family {
    spec: Spec,
    top: u64,
}

/// Builds `source` and measures it.
pub fn probe(
    problem: &Problem,
    language: &dyn Language,
    source: &Source,
    cache: &Path,
    budget: Budget,
) -> Result<Probed, ProbeError> {
    let families = families(problem);
    let Some(top) = families.iter().map(|f| f.top).max() else {
        return Err(ProbeError::NoLadder(problem.slug.clone()));
    };
    let toolchain = language.toolchain(cache).map_err(JudgeError::from)?;
    let program = match language
        .build(problem, source, &toolchain, cache, Purpose::Submit)
        .map_err(JudgeError::from)?
    {
        Build::Ready(program) => program,
        Build::CompileError(message) => return Ok(Probed::CompileError(message)),
    };
    let header = language.header(problem);
    let sizes = ladder(&families, top);
    let started = Instant::now();
    let mut steps: Vec<Step> = Vec::new();
    // A family its generator refuses at some size (a bound of its own below the top) is left
    // out whole, so each measured size has the same families.
    let mut kept = vec![true; families.len()];
    let mut spent = 0.0;
    let mut failed: Option<(u64, String)> = None;
    let mut stopped_early = false;
    let mut call_timed = true;
    let mut starved = 0;
    let mut last_chunk: Option<Duration> = None;
    for chunk in sizes.chunks(CHUNK) {
        if failed.is_some() || stopped_early {
            break;
        }
        // A chunk's inputs are about 2^CHUNK times the last one's, and so, for most
        // solutions, is its cost: one that would pass the wall budget is not started.
        if let Some(last) = last_chunk {
            if started.elapsed() + last * (1 << CHUNK) > budget.wall {
                stopped_early = true;
                break;
            }
        }
        let chunk_started = Instant::now();
        // The chunk's inputs, made now (never those of a chunk that is not run): one per
        // size and family, run `repeats` times each.
        let mut inputs: Vec<Input> = Vec::new();
        // Case k of the chunk runs inputs[cases[k].0], for (step, family) = (cases[k].1, .2).
        let mut cases: Vec<(usize, usize, usize)> = Vec::new();
        let mut feed_bytes = 0u64;
        let first_step = steps.len();
        for &s in chunk {
            let step = steps.len();
            steps.push(Step {
                n: s,
                nested: false,
                times: vec![None; families.len()],
                memory: Vec::new(),
            });
            for (f, family) in families.iter().enumerate() {
                if !kept[f] || s < family.spec.size().min {
                    continue;
                }
                let mut rng = Rng::new(0x0070_726f_6265 ^ s ^ ((f as u64) << 40));
                let Ok(value) = family.spec.at_size(s, &mut rng) else {
                    kept[f] = false;
                    continue;
                };
                if steps[step].times.iter().all(Option::is_none) {
                    // n by the first family's input (they share the size).
                    steps[step].n = match problem.complexity.count() {
                        Count::Size => s,
                        Count::Values => match values(&value) {
                            0 => s,
                            n => n,
                        },
                    };
                }
                steps[step].nested |= nested_input(&value);
                steps[step].times[f] = Some(Vec::new());
                feed_bytes += value.to_string().len() as u64 * budget.repeats as u64;
                inputs.push(Input::Value(value));
                for _ in 0..budget.repeats {
                    cases.push((inputs.len() - 1, step, f));
                }
            }
        }
        // A refused family leaves every size, including those measured before.
        for (f, _) in kept.iter().enumerate().filter(|(_, k)| !**k) {
            for step in steps.iter_mut() {
                step.times[f] = None;
            }
        }
        cases.retain(|&(_, _, f)| kept[f]);
        if kept.iter().all(|k| !k) {
            return Err(ProbeError::NoLadder(problem.slug.clone()));
        }
        // The chunk's whole input sits in the process at once: its memory limit counts it.
        let limits = CaseLimits {
            cpu_ms: budget.case_ms,
            memory_kb: problem.limits.memory_mb * 1024
                + program.memory_allowance_kb
                + feed_bytes * 2 / 1024,
        };
        // A case the busy machine starved (stopped at the wall backstop while it waited for
        // a CPU) is run again, in a new process, up to twice, as the judge does.
        let mut next = 0;
        while next < cases.len() && failed.is_none() && !stopped_early {
            let batch: Vec<(usize, &Input)> = (cases.iter().enumerate().skip(next))
                .map(|(k, &(i, _, _))| (k, &inputs[i]))
                .collect();
            let mut last = None;
            let mut again = false;
            let mut skip_to = None;
            run::run_batch(&program, &header, &batch, &|_| limits, &mut |r: CaseRun| {
                let (_, step, f) = cases[r.k];
                last = Some(r.k);
                match &r.outcome {
                    Outcome::Value { .. } => {}
                    Outcome::TimeLimit { starved: true, .. } if starved < 2 => {
                        starved += 1;
                        again = true;
                        return false;
                    }
                    Outcome::TimeLimit { .. } | Outcome::MemoryLimit => {
                        stopped_early = true;
                        return false;
                    }
                    other => {
                        failed = Some((steps[step].n, describe(other)));
                        return false;
                    }
                }
                call_timed &= r.call_ms.is_some();
                let t = r.call_ms.unwrap_or(r.cpu_ms);
                spent += r.cpu_ms;
                if let Some(times) = steps[step].times[f].as_mut() {
                    times.push(t);
                }
                steps[step].memory.push(r.memory_kb);
                if t > budget.case_ms as f64 || spent > budget.total_ms as f64 {
                    let more_chunks = first_step + chunk.len() < sizes.len();
                    stopped_early = r.k + 1 < cases.len() || more_chunks;
                    return false;
                }
                // A long case needs no repeats (the noise is small beside it): its group's
                // other runs are skipped, at the cost of a new process.
                let end = (r.k..cases.len())
                    .find(|&i| cases[i].0 != cases[r.k].0)
                    .unwrap_or(cases.len());
                if t > budget.case_ms as f64 / 4.0 && end > r.k + 1 {
                    skip_to = Some(end);
                    return false;
                }
                true
            })
            .map_err(JudgeError::from)?;
            next = match (last, again) {
                _ if skip_to.is_some() => skip_to.unwrap_or(cases.len()),
                (Some(k), true) => k,
                (Some(k), false) => k + 1,
                // The process ended before any case: nothing more can be measured.
                (None, _) => cases.len(),
            };
        }
        last_chunk = Some(chunk_started.elapsed());
    }
    if let Some((n, what)) = failed {
        return Ok(Probed::Failed { n, what });
    }
    // A step counts when every family it has ran in it at least once.
    let measured: Vec<&Step> = steps
        .iter()
        .filter(|s| {
            s.times.iter().any(Option::is_some) && s.times.iter().flatten().all(|t| !t.is_empty())
        })
        .collect();
    let sizes: Vec<u64> = measured.iter().map(|s| s.n).collect();
    let cpu_ms: Vec<f64> = measured.iter().map(|s| s.time()).collect();
    let memory_kb: Vec<u64> = measured
        .iter()
        .map(|s| s.memory.iter().copied().min().unwrap_or(0))
        .collect();
    let points: Vec<(f64, f64)> = sizes
        .iter()
        .map(|&n| n as f64)
        .zip(cpu_ms.clone())
        .collect();
    let nested = steps.iter().any(|s| s.nested);
    Ok(Probed::Measured(Measurement {
        time: fit::fit(&points),
        space: space(&sizes, &memory_kb),
        target: problem.complexity.time_class(nested),
        timing: if call_timed { "call" } else { "case" },
        stopped_early,
        sizes,
        cpu_ms,
        memory_kb,
    }))
}

/// One size of the ladder.
struct Step {
    n: u64,
    /// The input is two levels deep (see `Complexity::time_class`).
    nested: bool,
    /// Per family (by its index), the times of its runs; `None` where it has no input.
    times: Vec<Option<Vec<f64>>>,
    memory: Vec<u64>,
}

impl Step {
    /// The worst family's least time.
    fn time(&self) -> f64 {
        self.times
            .iter()
            .flatten()
            .map(|t| t.iter().copied().fold(f64::INFINITY, f64::min))
            .fold(0.0, f64::max)
    }
}

/// The distinct groups whose inputs grow, each with the largest size it is used at.
fn families(problem: &Problem) -> Vec<Family> {
    let groups = problem
        .generated
        .iter()
        .chain(problem.follow_up.iter().flat_map(|f| f.generated.iter()));
    let mut out: Vec<Family> = Vec::new();
    for g in groups {
        let size = g.spec.size();
        if !size.grows() {
            continue;
        }
        let Some(top) = size
            .scale
            .iter()
            .filter_map(|k| g.spec.raw().get(*k).and_then(Value::as_u64))
            .max()
        else {
            continue;
        };
        // The same parameters but for the size: one family, at the larger size.
        let mut key = g.spec.raw().clone();
        for k in size.scale.iter().chain(size.clear) {
            key.remove(*k);
        }
        let same = out.iter_mut().find(|f| {
            let mut other = f.spec.raw().clone();
            for k in size.scale.iter().chain(size.clear) {
                other.remove(*k);
            }
            f.spec.name() == g.spec.name() && other == key
        });
        match same {
            Some(f) => f.top = f.top.max(top),
            None => out.push(Family {
                spec: g.spec.clone(),
                top,
            }),
        }
    }
    out
}

/// The sizes of the ladder, smallest first.
fn ladder(families: &[Family], top: u64) -> Vec<u64> {
    let min = families
        .iter()
        .map(|f| f.spec.size().min)
        .min()
        .unwrap_or(1)
        .max(1);
    let mut sizes: Vec<u64> = if top < SMALL_SIZES {
        (top.saturating_sub(10).max(min)..=top).collect()
    } else {
        (0..=STEPS).rev().map(|k| (top >> k).max(min)).collect()
    };
    sizes.dedup();
    sizes
}

/// n of an input by `Count::Values`.
fn values(input: &Value) -> u64 {
    if let Some(ops) = input.get("ops").and_then(Value::as_array) {
        return ops.len().saturating_sub(1) as u64;
    }
    fn count(v: &Value) -> u64 {
        match v {
            Value::Array(items) => items.iter().map(|x| count(x).max(1)).sum(),
            Value::String(s) => s.chars().count() as u64,
            Value::Object(map) => map.values().map(count).sum(),
            _ => 0,
        }
    }
    count(input)
}

/// Whether a parameter holds arrays or strings inside an array (a grid, a word list).
fn nested_input(input: &Value) -> bool {
    input.as_object().is_some_and(|map| {
        map.values().any(|v| {
            v.as_array()
                .is_some_and(|items| items.iter().any(|x| x.is_array() || x.is_string()))
        })
    })
}

/// The space class, when memory grows visibly over the ladder.
fn space(sizes: &[u64], memory_kb: &[u64]) -> Option<Class> {
    let base = *memory_kb.first()? as f64;
    let grown: Vec<(f64, f64)> = sizes
        .iter()
        .zip(memory_kb)
        .map(|(&n, &m)| (n as f64, (m as f64 - base).max(0.0)))
        .collect();
    let most = grown.iter().map(|p| p.1).fold(0.0, f64::max);
    if most < SPACE_VISIBLE_KB {
        return None;
    }
    // The smallest step is the baseline itself; fit the growth above it.
    let points: Vec<(f64, f64)> = grown.into_iter().filter(|p| p.1 > 0.0).collect();
    fit::fit(&points)
        .filter(|f| f.confidence >= 0.3)
        .map(|f| f.class)
}

fn describe(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Error { kind, message } => format!("{kind}: {message}"),
        Outcome::BadOutput(why) => format!("bad output: {why}"),
        Outcome::OutputLimit => "output limit exceeded".into(),
        Outcome::Crashed { signal, status } => match (signal, status) {
            (Some(s), _) => format!("crashed ({s})"),
            (None, Some(c)) => format!("exited with status {c}"),
            (None, None) => "crashed".into(),
        },
        _ => "stopped".into(),
    }
}

/// A size for people: 1000 as 1k, 2500000 as 2.5M.
pub fn short(n: u64) -> String {
    let (v, unit) = match n {
        0..=999 => return n.to_string(),
        1000..=999_999 => (n as f64 / 1e3, "k"),
        _ => (n as f64 / 1e6, "M"),
    };
    if v >= 100.0 || (v - v.round()).abs() < 0.05 {
        format!("{}{unit}", v.round())
    } else {
        format!("{v:.1}{unit}")
    }
}

/// The line under an accepted submit.
pub fn line(m: &Measurement) -> String {
    let Some(fit) = m.time else {
        return "your solution: too few sizes measured to name a class".into();
    };
    let mut out = format!("your solution: time grows like {}", fit.class);
    if let Some((a, b, ratio)) = m.growth() {
        let size = b as f64 / a.max(1) as f64;
        out.push_str(&format!(
            " (n {} → {}: x{} time for x{} size)",
            short(a),
            short(b),
            round_ratio(ratio),
            round_ratio(size)
        ));
    }
    match m.target {
        Some(t) => out.push_str(&format!("; target {t}")),
        None => out.push_str("; target not stated as a class"),
    }
    out
}

fn round_ratio(r: f64) -> String {
    if r >= 10.0 {
        format!("{}", r.round())
    } else {
        format!("{r:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn n_counts_values_cells_and_calls() {
        assert_eq!(values(&json!({"nums": [1, 2, 3], "target": 9})), 3);
        assert_eq!(values(&json!({"grid": [["1", "0"], ["0", "1"]]})), 4);
        assert_eq!(values(&json!({"s": "abcd", "words": ["ab", "c"]})), 7);
        assert_eq!(
            values(&json!({"ops": ["MinStack", "push", "pop"], "args": [[], [1], []]})),
            2
        );
        assert_eq!(values(&json!({"n": 30})), 0);
    }

    #[test]
    fn sizes_read_short() {
        assert_eq!(short(999), "999");
        assert_eq!(short(1000), "1k");
        assert_eq!(short(16_000), "16k");
        assert_eq!(short(2_500_000), "2.5M");
        assert_eq!(short(1_024), "1k");
    }
}
