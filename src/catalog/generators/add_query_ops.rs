//! `add_query_ops`: a `{"ops", "args"}` run of a design class that takes numbers through one
//! method and answers queries through another that has no argument (find-median-from-data-
//! stream: `MedianFinder`, `addNum`, `findMedian`). The first call after the constructor is
//! always an add, so every query sees at least one number.
//!
//! Parameters:
//! - `n`: the number of calls after the constructor (required, `1..=1_000_000`);
//! - `class`, `add`, `query`: the class and method names (defaults `"MedianFinder"`,
//!   `"addNum"`, `"findMedian"`);
//! - `lo`, `hi`: added values come from `lo..=hi` (defaults -10^5 and 10^5);
//! - `pattern`: `"random"` (the default: after the first add, each call is an add with
//!   `add_share` percent chance, default 50, else a query) or `"adds-then-queries"` (`adds`
//!   adds first, default `n / 2`, then queries only: the worst case for a query that sorts or
//!   scans everything added so far);
//! - `order`: the order of the added values, `"random"` (the default), `"ascending"` or
//!   `"descending"` (the values are drawn, then sorted; descending puts every new value at the
//!   front of a sorted list).

use super::common::{Calls, Order};
use super::common::{within};
use super::common::Script;
use super::{Rng, Size};
use serde_json::{json, Value};

params! {
    size: Size::n(1).clamp(&["adds"]),
    {
        n: i64, lo: i64 = -100_000, hi: i64 = 100_000, class: String = "MedianFinder".into(), add: String = "addNum".into(),
        query: String = "findMedian".into(), #[serde(default)] pattern: Calls, add_share: Option<i64>, adds: Option<i64>,
        #[serde(default)] order: Order,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    within("n", n, 1..=1_000_000)?;
    let n = n as usize;
    let lo = params.lo;
    let hi = params.hi;
    if lo > hi {
        return Err(format!("`lo` ({lo}) is above `hi` ({hi})"));
    }
    let class = params.class.as_str();
    let add = params.add.as_str();
    let query = params.query.as_str();
    // Which calls are adds.
    let mut is_add = vec![false; n];
    match params.pattern {
        Calls::Random => {
            let share = params.add_share.unwrap_or(50);
            within("add_share", share, 0..=100)?;
            is_add[0] = true;
            for slot in is_add.iter_mut().skip(1) {
                *slot = rng.chance(share as u64, 100);
            }
        }
        Calls::AddsThenQueries => {
            let adds = params.adds.unwrap_or((n / 2).max(1) as i64);
            within("adds", adds, 1..=n as i64)?;
            for slot in is_add.iter_mut().take(adds as usize) {
                *slot = true;
            }
        }
    }
    let count = is_add.iter().filter(|a| **a).count();
    let mut values: Vec<i64> = (0..count).map(|_| rng.range(lo, hi)).collect();
    params.order.sort(&mut values);
    let mut calls = Script::new(class, json!([]));
    let mut next = values.into_iter();
    for a in is_add {
        if a {
            calls.call(add, json!([next.next().unwrap()]));
        } else {
            calls.call(query, json!([]));
        }
    }
    Ok(calls.into_case())
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    /// (ops, added values) of a run, checking its shape.
    fn split(v: &Value) -> (Vec<String>, Vec<i64>) {
        let ops: Vec<String> = strings(&v["ops"]);
        let args = v["args"].as_array().unwrap();
        assert_eq!(ops.len(), args.len());
        assert_eq!(ops[0], "MedianFinder");
        assert_eq!(ops[1], "addNum");
        let mut values = Vec::new();
        for (op, arg) in ops.iter().zip(args).skip(1) {
            match op.as_str() {
                "addNum" => values.push(arg[0].as_i64().unwrap()),
                "findMedian" => assert_eq!(arg, &json!([])),
                other => panic!("unknown op {other}"),
            }
        }
        (ops, values)
    }

    #[test]
    fn patterns_and_orders() {
        for seed in 0..10 {
            let v = generate(&params(json!({"n": 2000})), &mut Rng::new(seed)).unwrap();
            let (ops, values) = split(&v);
            assert_eq!(ops.len(), 2001);
            assert!(values.len() > 800 && values.len() < 1200);
            assert!(values.iter().all(|x| (-100_000..=100_000).contains(x)));
        }
        let p = json!({"n": 100, "pattern": "adds-then-queries", "order": "descending",
                       "lo": 0, "hi": 10});
        let v = generate(&params(p), &mut Rng::new(3)).unwrap();
        let (ops, values) = split(&v);
        assert_eq!(values.len(), 50);
        assert!(ops[51..].iter().all(|o| o == "findMedian"));
        assert!(values.windows(2).all(|w| w[0] >= w[1]));
        assert!(values.iter().all(|x| (0..=10).contains(x)));
        let p = json!({"n": 1, "class": "K", "add": "add", "query": "q"});
        let v = generate(&params(p), &mut Rng::new(3)).unwrap();
        assert_eq!(v["ops"], json!(["K", "add"]));
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        for bad in [
            json!({"n": 0}),
            json!({"n": 5, "pattern": "zigzag"}),
            json!({"n": 5, "order": "up"}),
            json!({"n": 5, "lo": 2, "hi": 1}),
            json!({"n": 5, "pattern": "adds-then-queries", "adds": 6}),
            json!({"n": 5, "add_share": 101}),
        ] {
            assert!(generate(&params(bad), &mut rng).is_err());
        }
    }
}
