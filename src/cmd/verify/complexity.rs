//! `verify --probe`: the complexity probe on the Python references. An accepted reference
//! must meet the problem's target class; a brute-force or time-limit reference must be
//! measured slower than the accepted ones (a higher class, a ladder its budget stopped
//! sooner, or at least twice the time at the largest n both reached). Python only: its
//! harness times the call alone, so the classes are the call's own. Each reference gets
//! `prep complexity`'s budget (three repeats a size, not a submit's two): with the submit's,
//! over the whole catalogue at two problems at once beside other work, 24 accepted
//! references were named a class far from theirs (binary search's halving as O(n^3)), on
//! ladders whose calls took microseconds.

use std::path::Path;

use crate::catalog::problem::SolutionFile;
use crate::catalog::Problem;
use crate::lang::{LangId, Source};
use crate::probe::{self, Budget, Measurement, ProbeError, Probed};

pub fn check(problem: &Problem, cache: &Path, failures: &mut Vec<String>, notes: &mut Vec<String>) {
    let python: Vec<&SolutionFile> = problem
        .solutions
        .iter()
        .filter(|s| LangId::from_path(Path::new(&s.file_name)) == Some(LangId::Python))
        .collect();
    let mut accepted: Vec<(String, Measurement)> = Vec::new();
    for kind in ["accepted", "brute_force", "time_limit_exceeded"] {
        for solution in python.iter().filter(|s| s.kind == kind) {
            let shown = format!("{}/{}", solution.kind, solution.file_name);
            let m = match measure(problem, solution, cache) {
                Ok(Probed::Measured(m)) => m,
                Ok(Probed::Failed { n, what }) => {
                    failures.push(format!("{shown}: failed at n = {n} while probed: {what}"));
                    continue;
                }
                Ok(Probed::CompileError(e)) => {
                    failures.push(format!("{shown}: does not load: {e}"));
                    continue;
                }
                Err(ProbeError::NoLadder(_)) => {
                    notes.push("complexity not probed: no generated group grows".into());
                    return;
                }
                Err(e) => {
                    failures.push(format!("{shown}: probe: {e:#}"));
                    continue;
                }
            };
            let class = m.time.map_or("no class", |f| f.class.as_str());
            if kind == "accepted" {
                match (m.meets_target(), m.target) {
                    (Some(false), Some(target)) => failures.push(format!(
                        "{shown}: measured {class}, slower than the target {target}"
                    )),
                    (None, None) => notes.push(format!(
                        "{shown}: measured {class}; the target `{}` is not a class (complexity.n.time names one)",
                        problem.complexity.time
                    )),
                    _ => {}
                }
                accepted.push((shown, m));
            } else if let Some((name, fast)) = accepted.iter().find(|(_, fast)| !slower(&m, fast)) {
                failures.push(format!(
                    "{shown}: measured {class}, not slower than {name} ({})",
                    fast.time.map_or("no class", |f| f.class.as_str())
                ));
            }
        }
    }
}

fn measure(problem: &Problem, solution: &SolutionFile, cache: &Path) -> Result<Probed, ProbeError> {
    let language = crate::lang::language(LangId::Python);
    let source = Source {
        display: solution.file_name.clone(),
        text: solution.source.clone(),
    };
    probe::probe(problem, language.as_ref(), &source, cache, Budget::COMMAND)
}

/// Whether `slow` was measured slower than `fast` (see the module's header).
fn slower(slow: &Measurement, fast: &Measurement) -> bool {
    let degree = |m: &Measurement| m.time.map(|f| f.class.degree());
    if let (Some(a), Some(b)) = (degree(slow), degree(fast)) {
        if a > b {
            return true;
        }
    }
    if slow.stopped_early && !fast.stopped_early {
        return true;
    }
    // The largest n both measured.
    let Some(i) = (0..slow.sizes.len().min(fast.sizes.len()))
        .rev()
        .find(|&i| slow.sizes[i] == fast.sizes[i])
    else {
        return slow.sizes.len() < fast.sizes.len();
    };
    slow.cpu_ms[i] >= 2.0 * fast.cpu_ms[i]
}
