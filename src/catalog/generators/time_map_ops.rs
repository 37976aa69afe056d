//! `time_map_ops`: a `{"ops", "args"}` run of a `TimeMap` (set, get) for
//! time-based-key-value-store. Keys and values are strings of lowercase letters and digits;
//! the timestamps of the `set` calls are strictly increasing over the whole run, as the
//! problem guarantees.
//!
//! Parameters:
//! - `n`: the number of calls after the constructor (required, `1..=200_000`);
//! - `keys`: how many distinct keys are used (default 10, `1..=10_000`); `key_len`,
//!   `value_len`: the largest key and value lengths (default 10, `1..=100`; each string's
//!   length is uniform from 1 up to that);
//! - `ts_max`: the largest timestamp (default 10^7); set timestamps grow by a step drawn
//!   uniformly from `1..=ts_max / (number of sets that may happen)`, so they never pass it;
//! - `pattern`: `"random"` (the default: each call is a set with `set_share` percent chance,
//!   default 50, else a get) or `"sets-then-gets"` (`sets` sets first, default `n / 2`, then
//!   gets only: the worst case for a get that scans a key's history);
//! - `exact`: the percent chance (default 25) that a get asks for the exact timestamp of an
//!   earlier set of its key (when there is one); other gets draw a timestamp uniformly from
//!   `1..=ts_max`;
//! - `missing`: the percent chance (default 5) that a get asks for a key that is never set.

use super::common::choice;
use super::common::{within};
use super::common::Script;
use super::{Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";

fn word(max_len: i64, rng: &mut Rng) -> String {
    let len = rng.range(1, max_len);
    (0..len).map(|_| *rng.pick(ALPHABET) as char).collect()
}

fn percent(value: Option<i64>, key: &str, default: i64) -> Result<u64, String> {
    let p = value.unwrap_or(default);
    if !(0..=100).contains(&p) {
        return Err(format!("`{key}` must be a percentage, got {p}"));
    }
    Ok(p as u64)
}

choice!(
    /// The order of the calls.
    Pattern {
        Random = "random",
        SetsThenGets = "sets-then-gets",
    }
);

params! {
    size: Size::n(1).clamp(&["sets"]),
    {
        set_share: Option<i64>, exact: Option<i64>, missing: Option<i64>, n: i64, keys: i64 = 10,
        key_len: i64 = 10, value_len: i64 = 10, ts_max: i64 = 10_000_000,
        #[serde(default)] pattern: Pattern, sets: Option<i64>,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let keys = params.keys;
    let ts_max = params.ts_max;
    let set_share = percent(params.set_share, "set_share", 50)?;
    let exact = percent(params.exact, "exact", 25)?;
    let missing = percent(params.missing, "missing", 5)?;
    let then_gets = params.pattern == Pattern::SetsThenGets;
    let sets = params.sets.unwrap_or(n / 2);
    within("n", n, 1..=200_000)?;
    within("keys", keys, 1..=10_000)?;
    if !(1..=100).contains(&params.key_len) || !(1..=100).contains(&params.value_len) {
        return Err("`key_len` and `value_len` must be in 1..=100".to_string());
    }
    if then_gets && !(0..=n).contains(&sets) {
        return Err(format!("`sets` must be in 0..=n, got {sets}"));
    }
    let max_sets = if then_gets { sets } else { n };
    if ts_max < max_sets.max(1) {
        return Err(format!(
            "`ts_max` ({ts_max}) leaves no room for {max_sets} increasing timestamps"
        ));
    }
    let step_max = (ts_max / max_sets.max(1)).max(1);

    // Distinct key names, and as many again that are never set (for `missing`).
    let mut seen = HashSet::new();
    let mut names = Vec::new();
    let mut tries = 0;
    while names.len() < 2 * keys as usize {
        let w = word(params.key_len, rng);
        if seen.insert(w.clone()) {
            names.push(w);
        } else {
            tries += 1;
            if tries > 100_000 {
                return Err("too few possible key names for `keys` with this `key_len`".into());
            }
        }
    }
    let (used, unused) = names.split_at(keys as usize);

    let mut history: Vec<Vec<i64>> = vec![Vec::new(); used.len()];
    let mut last_ts = 0;
    let mut calls = Script::new("TimeMap", json!([]));
    for i in 0..n {
        let is_set = if then_gets {
            i < sets
        } else {
            rng.chance(set_share, 100)
        };
        if is_set {
            let k = rng.index(used.len());
            last_ts += rng.range(1, step_max);
            history[k].push(last_ts);
            calls.call("set", json!([used[k], word(params.value_len, rng), last_ts]));
        } else if rng.chance(missing, 100) {
            let key = rng.pick(unused);
            calls.call("get", json!([key, rng.range(1, ts_max)]));
        } else {
            let k = rng.index(used.len());
            let ts = if !history[k].is_empty() && rng.chance(exact, 100) {
                *rng.pick(&history[k])
            } else {
                rng.range(1, ts_max)
            };
            calls.call("get", json!([used[k], ts]));
        }
    }
    Ok(calls.into_case())
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    fn ok_string(s: &str, max: usize) -> bool {
        (1..=max).contains(&s.len()) && s.bytes().all(|b| ALPHABET.contains(&b))
    }

    #[test]
    fn well_formed_runs() {
        for (p, seed) in [
            (json!({"n": 2000, "keys": 3, "ts_max": 5000}), 1),
            (
                json!({"n": 2000, "pattern": "sets-then-gets", "sets": 1500, "key_len": 100,
                    "value_len": 100}),
                2,
            ),
            (json!({"n": 500, "keys": 1, "set_share": 100}), 3),
        ] {
            let case = generate(&params(p.clone()), &mut Rng::new(seed)).unwrap();
            let ops = case["ops"].as_array().unwrap();
            let args = case["args"].as_array().unwrap();
            assert_eq!(ops.len(), p["n"].as_u64().unwrap() as usize + 1);
            assert_eq!(ops.len(), args.len());
            assert_eq!(ops[0], json!("TimeMap"));
            let ts_max = p
                .get("ts_max")
                .and_then(Value::as_i64)
                .unwrap_or(10_000_000);
            let mut last = 0;
            for (op, a) in ops.iter().zip(args).skip(1) {
                let a = a.as_array().unwrap();
                assert!(ok_string(a[0].as_str().unwrap(), 100));
                match op.as_str().unwrap() {
                    "set" => {
                        assert!(ok_string(a[1].as_str().unwrap(), 100));
                        let t = a[2].as_i64().unwrap();
                        assert!(t > last && t <= ts_max);
                        last = t;
                    }
                    "get" => assert!((1..=ts_max).contains(&a[1].as_i64().unwrap())),
                    other => panic!("unexpected op {other}"),
                }
            }
        }
        let case = generate(
            &params(json!({"n": 10, "pattern": "sets-then-gets", "sets": 4})),
            &mut Rng::new(4),
        )
        .unwrap();
        let ops: Vec<&str> = case["ops"].as_array().unwrap()[1..]
            .iter()
            .map(|o| o.as_str().unwrap())
            .collect();
        assert_eq!(ops, [&["set"; 4][..], &["get"; 6][..]].concat());
    }

    #[test]
    fn rejects_bad_parameters() {
        let bad = [
            json!({"n": 0}),
            json!({"n": 200_001}),
            json!({"n": 10, "keys": 0}),
            json!({"n": 10, "key_len": 101}),
            json!({"n": 10, "ts_max": 5}),
            json!({"n": 10, "pattern": "zigzag"}),
            json!({"n": 10, "exact": 150}),
            json!({"n": 10, "keys": 100, "key_len": 1}),
            json!({}),
        ];
        for p in bad {
            assert!(generate(&params(p), &mut Rng::new(1)).is_err());
        }
    }
}
