//! The search and the shrinking with a fake solution: no process runs here (tests/stress.rs
//! runs real ones).

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::*;
use crate::catalog::Catalog;
use crate::judge::report::Verdict;

/// contains-duplicate, where the reference is right and the solution only compares
/// neighbours (a sort forgotten).
struct Neighbours;

fn nums(input: &Value) -> Vec<i64> {
    input["nums"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect()
}

impl Trial for Neighbours {
    fn expected(&mut self, inputs: &[Value]) -> Result<Vec<Option<Value>>, StressError> {
        Ok(inputs
            .iter()
            .map(|i| {
                let mut v = nums(i);
                v.sort_unstable();
                Some(json!(v.windows(2).any(|w| w[0] == w[1])))
            })
            .collect())
    }

    fn first_failure(
        &mut self,
        cases: &[(Value, Value)],
    ) -> Result<Option<(usize, CaseReport)>, StressError> {
        Ok(cases.iter().enumerate().find_map(|(k, (input, expected))| {
            let actual = json!(nums(input).windows(2).any(|w| w[0] == w[1]));
            (actual != *expected).then(|| (k, report(input, expected, &actual)))
        }))
    }
}

fn report(input: &Value, expected: &Value, actual: &Value) -> CaseReport {
    CaseReport {
        index: 0,
        group: Group::Custom,
        name: "smallest failing input".into(),
        verdict: Verdict::WrongAnswer,
        cpu_ms: 0.0,
        limit_ms: 1000,
        wall_ms: 0.0,
        memory_kb: 0,
        input: input.clone(),
        expected: Some(expected.clone()),
        actual: Some(actual.clone()),
        stdout: String::new(),
        stderr: String::new(),
        signal: None,
        message: None,
        warning: None,
        diff_path: None,
        truncated: false,
    }
}

fn budget(seconds: u64) -> Budget {
    Budget {
        until: Instant::now() + Duration::from_secs(seconds),
        shrink_at_least: Duration::from_secs(seconds),
        batches: u32::MAX,
    }
}

#[test]
fn a_forgotten_sort_is_found_and_shrunk_to_three_small_numbers() {
    let catalog = Catalog::load(None).unwrap();
    let problem = catalog.get("contains-duplicate").unwrap();
    let finding = find(problem, &mut Neighbours, budget(20)).unwrap();
    let (input, case) = finding.found.expect("found");
    let v = nums(&input);
    // By hand: [1, 0, 1], the smallest input with a duplicate that is not adjacent.
    assert_eq!(v.len(), 3, "{input}");
    assert_eq!(v[0], v[2], "{input}");
    assert!(v.iter().all(|x| x.abs() <= 1), "{input}");
    assert_eq!(case.input, input);
    assert!(finding.inputs_tried >= finding.shrink_tried);
    assert!(finding.first_size.unwrap() >= shrink::size(&input));
}

/// A solution that is right everywhere.
struct Right;

impl Trial for Right {
    fn expected(&mut self, inputs: &[Value]) -> Result<Vec<Option<Value>>, StressError> {
        Neighbours.expected(inputs)
    }

    fn first_failure(
        &mut self,
        _: &[(Value, Value)],
    ) -> Result<Option<(usize, CaseReport)>, StressError> {
        Ok(None)
    }
}

#[test]
fn a_right_solution_runs_out_the_time_with_nothing_found() {
    let catalog = Catalog::load(None).unwrap();
    let problem = catalog.get("contains-duplicate").unwrap();
    let finding = find(problem, &mut Right, budget(1)).unwrap();
    assert!(finding.found.is_none());
    assert!(finding.inputs_tried > 100, "{}", finding.inputs_tried);
}
