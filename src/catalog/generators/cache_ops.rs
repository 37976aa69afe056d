//! `cache_ops`: a `{"ops", "args"}` run of a key-value cache with a capacity (`get(key)`,
//! `put(key, value)`), as in lru-cache: `["LRUCache", "put", "get", ...]` with
//! `[[capacity], [key, value], [key], ...]`.
//!
//! Parameters:
//! - `n`: the number of calls after the constructor (required, `1..=200_000`);
//! - `capacity`: the constructor's argument (required, `1..=3000`);
//! - `keys`: keys are drawn uniformly from `0..keys` (default 10 001, i.e. `0..=10^4`;
//!   `1..=10_001`); a value of `keys` near `capacity` keeps most gets hits, a larger one makes
//!   evictions and misses;
//! - `max_value`: values are drawn uniformly from `0..=max_value` (default 10^5);
//! - `put_share`: the percent chance that a call is a `put` (default 50), else a `get`;
//! - `fill`: 1 to start with `min(capacity, keys)` puts of distinct keys in random order (they
//!   count towards `n`), so the cache is full from then on: with `keys == capacity`, every
//!   later call hits a key at a random place in the recency order, the worst case for keeping
//!   that order in a plain list (default 0);
//! - `hot`: with `fill`, every later call uses one of the last `hot` keys of the fill (they
//!   stay the most recently used, at the far end of a recency list from the oldest key: the
//!   worst case for a list searched from its oldest end; default 0: keys drawn from `0..keys`);
//! - `class`: the class name (default `"LRUCache"`).

use super::common::{within};
use super::common::Script;
use super::{Rng, Size};
use serde_json::{json, Value};

params! {
    size: Size::n(1),
    {
        n: i64, capacity: i64, keys: i64 = 10_001, max_value: i64 = 100_000, put_share: i64 = 50,
        fill: Option<i64>, hot: i64 = 0, class: String = "LRUCache".into(),
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let capacity = params.capacity;
    let keys = params.keys;
    let max_value = params.max_value;
    let put_share = params.put_share;
    let fill = params.fill.unwrap_or(0) == 1;
    let hot = params.hot;
    let class = params.class.as_str();
    within("n", n, 1..=200_000)?;
    within("capacity", capacity, 1..=3000)?;
    within("keys", keys, 1..=10_001)?;
    within("max_value", max_value, 0..=1_000_000_000)?;
    within("put_share", put_share, 0..=100)?;
    if hot != 0 && (!fill || !(1..=capacity.min(keys)).contains(&hot)) {
        return Err(format!(
            "`hot` needs `fill` 1 and must be in 1..=min(capacity, keys), got {hot}"
        ));
    }
    let mut calls = Script::new(class, json!([capacity]));
    let mut done = 0;
    let mut hot_keys: Vec<i64> = Vec::new();
    if fill {
        let mut first: Vec<i64> = (0..keys).collect();
        rng.shuffle(&mut first);
        first.truncate(capacity.min(keys).min(n) as usize);
        for &key in &first {
            calls.call("put", json!([key, rng.range(0, max_value)]));
            done += 1;
        }
        if hot > 0 {
            let from = first.len().saturating_sub(hot as usize);
            hot_keys = first[from..].to_vec();
        }
    }
    while done < n {
        let key = if hot_keys.is_empty() {
            rng.range(0, keys - 1)
        } else {
            *rng.pick(&hot_keys)
        };
        if rng.chance(put_share as u64, 100) {
            calls.call("put", json!([key, rng.range(0, max_value)]));
        } else {
            calls.call("get", json!([key]));
        }
        done += 1;
    }
    Ok(calls.into_case())
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn shape_and_ranges() {
        let p = params(json!({"n": 5000, "capacity": 30, "keys": 30, "fill": 1}));
        let case = generate(&p, &mut Rng::new(3)).unwrap();
        let ops = case["ops"].as_array().unwrap();
        let args = case["args"].as_array().unwrap();
        assert_eq!(ops.len(), 5001);
        assert_eq!(args.len(), 5001);
        assert_eq!(ops[0], json!("LRUCache"));
        assert_eq!(args[0], json!([30]));
        // The fill: 30 puts of distinct keys.
        let mut first: Vec<i64> = (1..=30).map(|i| args[i][0].as_i64().unwrap()).collect();
        assert!(ops[1..=30].iter().all(|o| o == "put"));
        first.sort_unstable();
        assert_eq!(first, (0..30).collect::<Vec<_>>());
        for (op, arg) in ops.iter().zip(args).skip(1) {
            let a = arg.as_array().unwrap();
            assert!((0..30).contains(&a[0].as_i64().unwrap()));
            match op.as_str().unwrap() {
                "put" => assert!((0..=100_000).contains(&a[1].as_i64().unwrap())),
                "get" => assert_eq!(a.len(), 1),
                other => panic!("unexpected op {other}"),
            }
        }
        assert!(ops.iter().any(|o| o == "get"));
    }

    #[test]
    fn hot_keys_are_the_last_filled() {
        let p = params(json!({"n": 300, "capacity": 100, "fill": 1, "hot": 3}));
        let case = generate(&p, &mut Rng::new(5)).unwrap();
        let args = case["args"].as_array().unwrap();
        let last: Vec<&Value> = (98..=100).map(|i| &args[i][0]).collect();
        for arg in &args[101..] {
            assert!(last.contains(&&arg[0]));
        }
    }

    #[test]
    fn rejects_bad_parameters() {
        for bad in [
            json!({"n": 0, "capacity": 1}),
            json!({"n": 200_001, "capacity": 1}),
            json!({"n": 5, "capacity": 0}),
            json!({"n": 5, "capacity": 3001}),
            json!({"n": 5, "capacity": 2, "keys": 10_002}),
            json!({"n": 5, "capacity": 2, "put_share": 101}),
            json!({"n": 5, "capacity": 2, "hot": 1}),
            json!({"n": 5, "capacity": 2, "fill": 1, "hot": 3}),
        ] {
            assert!(generate(&params(bad), &mut Rng::new(1)).is_err());
        }
    }
}
