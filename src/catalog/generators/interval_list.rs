//! `interval_list`: a list of closed intervals `[start, end]` (`start <= end`) under the key
//! `key` (default `"intervals"`), for the interval problems, optionally with a new interval
//! (insert-interval) or a list of query points (minimum-interval-to-include-each-query).
//!
//! Parameters:
//! - `n`: how many intervals (required, `0..=200_000`); `min_n`: when given, the count is
//!   drawn from `min_n..=n`;
//! - `lo`, `hi`: every endpoint lies in `lo..=hi` (defaults 0 and 10^4);
//! - `min_len`, `max_len`: each interval's length `end - start` is drawn from
//!   `min_len..=max_len` (defaults 0 and `hi - lo`; 1 when starts must be below ends);
//! - `layout`: `"random"` (the default: each start uniform where its length fits),
//!   `"disjoint"` (pairwise disjoint, not even touching: `2n` distinct endpoints paired in
//!   order, so the lengths ignore `min_len`/`max_len` unless `point` turns one into a point),
//!   `"chain"` (each interval starts where the previous one ends, lengths as above), or
//!   `"nested"` (each interval strictly inside the previous one, as far as the range allows),
//!   or `"points"` (`n` distinct single points `[x, x]`);
//! - `point`: with `"disjoint"`, the chance in percent that an interval is shrunk to the
//!   single point `[start, start]` (default 0);
//! - `order`: `"random"` (the default), `"sorted"` (by start, then end) or `"reversed"`;
//! - `new_len`: when given, `"newInterval": [s, s + len]` is added, `len` drawn from
//!   `0..=new_len` and `s` so that it fits in `lo..=hi`;
//! - `queries`: when given, `"queries"` holds this many points drawn uniformly from
//!   `q_lo..=q_hi` (defaults `lo` and `hi`); an input of size n has at most n of them.

use super::common::choice;
use super::common::{span};
use super::{Rng, Size, common::need};
use serde_json::{json, Value};
use std::collections::HashSet;

choice!(
    /// How the intervals lie relative to each other.
    Layout {
        Random = "random",
        Disjoint = "disjoint",
        Chain = "chain",
        Nested = "nested",
        Points = "points",
    }
);

choice!(
    /// The order of the list.
    Order { Random = "random", Sorted = "sorted", Reversed = "reversed" }
);

params! {
    // The queries grow with the intervals: at a small size 100000 queries would make every
    // input of the finder's and the probe's large (a batch of them took minutes).
    size: Size::n(1).clamp(&["queries"]),
    {
        n: i64, min_n: Option<i64>, lo: i64 = 0, hi: i64 = 10_000, min_len: i64 = 0,
        max_len: Option<i64>, key: String = "intervals".into(), #[serde(default)] layout: Layout,
        #[serde(default)] order: Order,
        point: i64 = 0, new_len: Option<i64>, queries: Option<i64>, q_lo: Option<i64>,
        q_hi: Option<i64>,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let max_n = params.n;
    let min_n = params.min_n.unwrap_or(max_n);
    span(("min_n", "n"), min_n, max_n, 0..=200_000)?;
    let lo = params.lo;
    let hi = params.hi;
    if lo > hi {
        return Err(format!("`lo` ({lo}) must not exceed `hi` ({hi})"));
    }
    let min_len = params.min_len;
    let max_len = params.max_len.unwrap_or(hi - lo);
    if min_len < 0 || min_len > max_len || max_len > hi - lo {
        return Err(format!(
            "need 0 <= `min_len` <= `max_len` <= hi - lo, got {min_len} and {max_len}"
        ));
    }
    let key = params.key.as_str();
    if !(0..=100).contains(&params.point) {
        return Err("`point` is a percentage, 0 to 100".to_string());
    }
    let n = rng.range(min_n, max_n) as usize;
    let mut intervals: Vec<[i64; 2]> = Vec::with_capacity(n);
    match params.layout {
        Layout::Random => {
            for _ in 0..n {
                let len = rng.range(min_len, max_len);
                let s = rng.range(lo, hi - len);
                intervals.push([s, s + len]);
            }
        }
        Layout::Disjoint => {
            let span = hi - lo + 1;
            if (span as u64) < 2 * n as u64 {
                return Err(format!(
                    "`lo..=hi` holds too few values for {n} disjoint intervals"
                ));
            }
            let mut ends: Vec<i64> = if span as u64 <= 8 * n as u64 + 16 {
                let mut pool: Vec<i64> = (lo..=hi).collect();
                rng.shuffle(&mut pool);
                pool.truncate(2 * n);
                pool
            } else {
                let mut seen = HashSet::new();
                let mut out = Vec::with_capacity(2 * n);
                while out.len() < 2 * n {
                    let x = rng.range(lo, hi);
                    if seen.insert(x) {
                        out.push(x);
                    }
                }
                out
            };
            ends.sort_unstable();
            for pair in ends.chunks(2) {
                let (s, e) = (pair[0], pair[1]);
                let e = if params.point > 0 && rng.chance(params.point as u64, 100) {
                    s
                } else {
                    e
                };
                intervals.push([s, e]);
            }
        }
        Layout::Chain => {
            let mut s = lo;
            for _ in 0..n {
                let len = rng.range(min_len, max_len).min(hi - s);
                intervals.push([s, s + len]);
                s += len;
            }
        }
        Layout::Nested => {
            let (mut s, mut e) = (lo, hi);
            for _ in 0..n {
                intervals.push([s, e]);
                if e - s >= 2 {
                    s += 1;
                    e -= 1;
                }
            }
        }
        Layout::Points => {
            if ((hi - lo + 1) as u64) < n as u64 {
                return Err(format!(
                    "`lo..=hi` holds too few values for {n} distinct points"
                ));
            }
            let mut pool: Vec<i64> = (lo..=hi).collect();
            rng.shuffle(&mut pool);
            intervals.extend(pool.into_iter().take(n).map(|x| [x, x]));
        }
    }
    match params.order {
        Order::Random => rng.shuffle(&mut intervals),
        Order::Sorted => intervals.sort_unstable(),
        Order::Reversed => intervals.sort_unstable_by(|a, b| b.cmp(a)),
    }
    let mut case = json!({ key: intervals });
    if params.new_len.is_some() {
        let new_len = need(params.new_len, "new_len")?;
        if !(0..=hi - lo).contains(&new_len) {
            return Err("`new_len` must be in 0..=hi - lo".to_string());
        }
        let len = rng.range(0, new_len);
        let s = rng.range(lo, hi - len);
        case["newInterval"] = json!([s, s + len]);
    }
    if params.queries.is_some() {
        let q = need(params.queries, "queries")?;
        let q_lo = params.q_lo.unwrap_or(lo);
        let q_hi = params.q_hi.unwrap_or(hi);
        if !(0..=200_000).contains(&q) || q_lo > q_hi {
            return Err("need 0 <= `queries` <= 200000 and `q_lo` <= `q_hi`".to_string());
        }
        let points: Vec<i64> = (0..q).map(|_| rng.range(q_lo, q_hi)).collect();
        case["queries"] = json!(points);
    }
    Ok(case)
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    fn intervals(case: &Value) -> Vec<[i64; 2]> {
        serde_json::from_value(case["intervals"].clone()).unwrap()
    }

    #[test]
    fn random_intervals_respect_range_and_lengths() {
        for seed in 0..10 {
            let p = params(json!({"n": 200, "lo": -50, "hi": 50, "min_len": 1, "max_len": 7}));
            let v = intervals(&generate(&p, &mut Rng::new(seed)).unwrap());
            assert_eq!(v.len(), 200);
            for [s, e] in v {
                assert!(-50 <= s && e <= 50 && (1..=7).contains(&(e - s)));
            }
        }
        let empty = generate(&params(json!({"n": 0})), &mut Rng::new(1)).unwrap();
        assert_eq!(intervals(&empty), Vec::<[i64; 2]>::new());
    }

    #[test]
    fn disjoint_sorted_intervals_never_touch() {
        let p = params(
            json!({"n": 1000, "hi": 100000, "layout": "disjoint", "order": "sorted", "point": 20,
                   "new_len": 500}),
        );
        let case = generate(&p, &mut Rng::new(3)).unwrap();
        let v = intervals(&case);
        assert!(v.iter().all(|[s, e]| s <= e));
        assert!(v.windows(2).all(|w| w[0][1] < w[1][0]));
        assert!(v.iter().any(|[s, e]| s == e));
        let new: [i64; 2] = serde_json::from_value(case["newInterval"].clone()).unwrap();
        assert!(0 <= new[0] && new[0] <= new[1] && new[1] <= 100000 && new[1] - new[0] <= 500);
        let tight = params(json!({"n": 6, "lo": 0, "hi": 11, "layout": "disjoint"}));
        assert!(generate(&tight, &mut Rng::new(1)).is_ok());
        let over = params(json!({"n": 7, "lo": 0, "hi": 11, "layout": "disjoint"}));
        assert!(generate(&over, &mut Rng::new(1)).is_err());
    }

    #[test]
    fn chain_nested_and_queries() {
        let p = params(
            json!({"n": 100, "min_len": 1, "max_len": 5, "layout": "chain", "order": "sorted"}),
        );
        let v = intervals(&generate(&p, &mut Rng::new(4)).unwrap());
        assert!(v.windows(2).all(|w| w[0][1] == w[1][0]));
        let p = params(
            json!({"n": 10, "hi": 100, "layout": "nested", "order": "sorted",
                                   "queries": 30, "q_lo": 1, "q_hi": 5}),
        );
        let case = generate(&p, &mut Rng::new(5)).unwrap();
        let v = intervals(&case);
        assert_eq!(v[0], [0, 100]);
        assert_eq!(v[9], [9, 91]);
        let q: Vec<i64> = serde_json::from_value(case["queries"].clone()).unwrap();
        let p = params(json!({"n": 11, "hi": 10, "layout": "points", "order": "sorted"}));
        let v = intervals(&generate(&p, &mut Rng::new(6)).unwrap());
        assert_eq!(v, (0..=10).map(|x| [x, x]).collect::<Vec<_>>());
        assert_eq!(q.len(), 30);
        assert!(q.iter().all(|x| (1..=5).contains(x)));
    }
}
