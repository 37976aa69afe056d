//! The search and the shrinking with a fake solution: no process runs here (tests/stress.rs
//! runs real ones).

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::*;
use crate::catalog::Catalog;
use crate::judge::report::Verdict;

/// A fake solution and reference: each answers an input by a function of it.
struct Fake {
    right: fn(&Value) -> Value,
    wrong: fn(&Value) -> Value,
}

impl Trial for Fake {
    fn expected(&mut self, inputs: &[Value]) -> Result<Vec<Option<Value>>, StressError> {
        Ok(inputs.iter().map(|i| Some((self.right)(i))).collect())
    }

    fn first_failure(
        &mut self,
        cases: &[(Value, Value)],
    ) -> Result<Option<(usize, CaseReport)>, StressError> {
        Ok(cases.iter().enumerate().find_map(|(k, (input, expected))| {
            let actual = (self.wrong)(input);
            (actual != *expected).then(|| (k, report(input, expected, &actual)))
        }))
    }
}

fn nums(input: &Value) -> Vec<i64> {
    input["nums"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect()
}

fn has_equal_neighbours(nums: &[i64]) -> Value {
    json!(nums.windows(2).any(|w| w[0] == w[1]))
}

/// contains-duplicate, where the reference is right and the solution only compares
/// neighbours (a sort forgotten).
const NEIGHBOURS: Fake = Fake {
    right: |i| {
        let mut v = nums(i);
        v.sort_unstable();
        has_equal_neighbours(&v)
    },
    wrong: |i| has_equal_neighbours(&nums(i)),
};

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
    let finding = find(problem, &mut { NEIGHBOURS }, budget(20)).unwrap();
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

#[test]
fn a_right_solution_runs_out_the_time_with_nothing_found() {
    let catalog = Catalog::load(None).unwrap();
    let problem = catalog.get("contains-duplicate").unwrap();
    let finding = find(
        problem,
        &mut Fake {
            wrong: NEIGHBOURS.right,
            ..NEIGHBOURS
        },
        budget(1),
    )
    .unwrap();
    assert!(finding.found.is_none());
    assert!(finding.inputs_tried > 100, "{}", finding.inputs_tried);
}

fn letters(input: &Value, key: &str, distinct: bool) -> Vec<char> {
    let mut v: Vec<char> = input[key].as_str().unwrap().chars().collect();
    v.sort_unstable();
    if distinct {
        v.dedup();
    }
    v
}

/// valid-anagram, where the solution compares the letters as sets (counts lost).
const SETS: Fake = Fake {
    right: |i| json!(letters(i, "s", false) == letters(i, "t", false)),
    wrong: |i| json!(letters(i, "s", true) == letters(i, "t", true)),
};

#[test]
fn letters_as_sets_shrink_past_the_local_minimum_to_size_three() {
    let catalog = Catalog::load(None).unwrap();
    let problem = catalog.get("valid-anagram").unwrap();
    let finding = find(problem, &mut { SETS }, budget(20)).unwrap();
    let (input, _) = finding.found.expect("found");
    // By hand: "a" and "aa" (or the other way round); one-step reductions alone stopped at
    // size 5, such as "aba" and "ba".
    assert_eq!(shrink::size(&input), 3, "{input}");
}
