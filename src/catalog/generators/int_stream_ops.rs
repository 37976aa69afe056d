//! `int_stream_ops`: a `{"ops", "args"}` run of a class built from `(k, nums)` that then
//! receives a stream of integers one call at a time, as in kth-largest-element-in-a-stream:
//! `["KthLargest", "add", ...]` with `[[k, nums], [val], ...]`.
//!
//! Parameters:
//! - `nums_n`: the length of the initial array (required, `0..=100_000`);
//! - `n`: the number of calls after the constructor (required, `1..=100_000`);
//! - `k`: an integer in `1..=nums_n + 1`, `"min"` (1), `"max"` (`nums_n + 1`), `"middle"`
//!   (`nums_n / 2 + 1`) or `"random"` (the default: uniform in `1..=nums_n + 1`);
//! - `lo`, `hi`: every value (initial and streamed) is drawn from `lo..=hi` (defaults -10^4
//!   and 10^4);
//! - `order`: the streamed values: `"random"` (the default), `"increasing"` or `"decreasing"`
//!   (drawn at random, then sorted);
//! - `class`, `method`: the names (defaults `"KthLargest"` and `"add"`).

use super::common::choice;
use super::common::{within};
use super::common::Script;
use super::{Rng, Size};
use serde_json::{json, Value};

choice!(
    /// The order of the streamed values.
    Order { Random = "random", Increasing = "increasing", Decreasing = "decreasing" }
);

choice!(
    /// A `k` named by where it falls among the constructor's values.
    KAt { Random = "random", Min = "min", Max = "max", Middle = "middle" }
);

/// `k`: an integer, or a named place (`"random"` when left out).
#[derive(Debug, Clone, Copy, serde::Deserialize)]
#[serde(untagged)]
enum K {
    Given(i64),
    Named(KAt),
}

impl Default for K {
    fn default() -> K {
        K::Named(KAt::Random)
    }
}

params! {
    size: Size::of(&["nums_n", "n"], 1),
    {
        nums_n: i64, n: i64, lo: i64 = -10_000, hi: i64 = 10_000, #[serde(default)] order: Order,
        class: String = "KthLargest".into(), method: String = "add".into(),
        #[serde(default)] k: K,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let nums_n = params.nums_n;
    let n = params.n;
    let lo = params.lo;
    let hi = params.hi;
    let class = params.class.as_str();
    let method = params.method.as_str();
    within("nums_n", nums_n, 0..=100_000)?;
    within("n", n, 1..=100_000)?;
    if lo > hi {
        return Err(format!("`lo` ({lo}) must not exceed `hi` ({hi})"));
    }
    let k = match params.k {
        K::Given(k) => k,
        K::Named(KAt::Min) => 1,
        K::Named(KAt::Max) => nums_n + 1,
        K::Named(KAt::Middle) => nums_n / 2 + 1,
        K::Named(KAt::Random) => rng.range(1, nums_n + 1),
    };
    within("k", k, 1..=nums_n + 1)?;
    let nums: Vec<i64> = (0..nums_n).map(|_| rng.range(lo, hi)).collect();
    let mut stream: Vec<i64> = (0..n).map(|_| rng.range(lo, hi)).collect();
    match params.order {
        Order::Random => {}
        Order::Increasing => stream.sort_unstable(),
        Order::Decreasing => stream.sort_unstable_by(|a, b| b.cmp(a)),
    }
    let mut calls = Script::new(class, json!([k, nums]));
    for v in stream {
        calls.call(method, json!([v]));
    }
    Ok(calls.into_case())
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn shape_and_ranges() {
        let p = params(json!({"nums_n": 100, "n": 50, "k": "max", "order": "increasing"}));
        let case = generate(&p, &mut Rng::new(2)).unwrap();
        let ops = case["ops"].as_array().unwrap();
        let args = case["args"].as_array().unwrap();
        assert_eq!(ops.len(), 51);
        assert_eq!(ops[0], json!("KthLargest"));
        assert!(ops[1..].iter().all(|o| o == "add"));
        assert_eq!(args[0][0], json!(101));
        assert_eq!(args[0][1].as_array().unwrap().len(), 100);
        let vals: Vec<i64> = args[1..].iter().map(|a| a[0].as_i64().unwrap()).collect();
        assert!(vals.windows(2).all(|w| w[0] <= w[1]));
        assert!(vals.iter().all(|v| (-10_000..=10_000).contains(v)));
        for _ in 0..50 {
            let case = generate(&params(json!({"nums_n": 0, "n": 1})), &mut Rng::new(3)).unwrap();
            assert_eq!(case["args"][0], json!([1, []]));
        }
    }

    #[test]
    fn rejects_bad_parameters() {
        for bad in [
            json!({"nums_n": -1, "n": 1}),
            json!({"nums_n": 1, "n": 0}),
            json!({"nums_n": 3, "n": 1, "k": 5}),
            json!({"nums_n": 3, "n": 1, "k": 0}),
            json!({"nums_n": 3, "n": 1, "order": "up"}),
        ] {
            assert!(generate(&params(bad), &mut Rng::new(1)).is_err());
        }
    }
}
