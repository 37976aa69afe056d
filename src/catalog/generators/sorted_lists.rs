//! `sorted_lists`: an array of linked lists (`ListNode[]`), each sorted in non-decreasing
//! order, under the key `key` (default `"lists"`), as in merge-k-sorted-lists.
//!
//! Parameters:
//! - `k`: the number of lists (required, `0..=100_000`);
//! - `total`: the number of nodes over all lists (required, `0..=1_000_000`, at most
//!   `k * max_len`);
//! - `max_len`: the longest a list may be (default 500);
//! - `lo`, `hi`: values are drawn uniformly from `lo..=hi` (defaults -10^4 and 10^4);
//! - `spread`: `"random"` (the default: each node goes to a uniformly chosen list that still
//!   has room, so with `total` near `k` many lists are empty) or `"even"` (every list gets
//!   `total / k` nodes, the first `total % k` lists one more).

use super::common::choice;
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};

choice!(
    /// How the nodes are shared among the lists.
    Spread { Random = "random", Even = "even" }
);

params! {
    size: Size::of(&["total"], 1).clamp(&["k"]),
    {
        k: i64, total: i64, max_len: i64 = 500, lo: i64 = -10_000, hi: i64 = 10_000,
        key: String = "lists".into(), #[serde(default)] spread: Spread,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let k = params.k;
    let total = params.total;
    let max_len = params.max_len;
    let lo = params.lo;
    let hi = params.hi;
    let key = params.key.as_str();
    within("k", k, 0..=100_000)?;
    if max_len < 0 {
        return Err(format!("`max_len` must not be negative, got {max_len}"));
    }
    if !(0..=1_000_000).contains(&total) || total > k * max_len {
        return Err(format!(
            "`total` must be in 0..=10^6 and at most k * max_len, got {total}"
        ));
    }
    if lo > hi {
        return Err(format!("`lo` ({lo}) must not exceed `hi` ({hi})"));
    }
    let k = k as usize;
    let mut lens = vec![0usize; k];
    match params.spread {
        Spread::Random => {
            let mut open: Vec<usize> = (0..k).collect();
            for _ in 0..total {
                let at = rng.index(open.len());
                let list = open[at];
                lens[list] += 1;
                if lens[list] as i64 == max_len {
                    open.swap_remove(at);
                }
            }
        }
        Spread::Even => {
            let total = total as usize;
            for (i, len) in lens.iter_mut().enumerate() {
                *len = total / k + usize::from(i < total % k);
            }
        }
    }
    let lists: Vec<Vec<i64>> = lens
        .iter()
        .map(|&len| {
            let mut values: Vec<i64> = (0..len).map(|_| rng.range(lo, hi)).collect();
            values.sort_unstable();
            values
        })
        .collect();
    Ok(json!({ key: lists }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn sizes_order_and_range() {
        let ls = lists(json!({"k": 10_000, "total": 10_000}), 4);
        assert_eq!(ls.len(), 10_000);
        assert_eq!(ls.iter().map(Vec::len).sum::<usize>(), 10_000);
        assert!(ls.iter().any(Vec::is_empty));
        for l in &ls {
            assert!(l.len() <= 500);
            assert!(l.windows(2).all(|w| w[0] <= w[1]));
            assert!(l.iter().all(|x| (-10_000..=10_000).contains(x)));
        }
        let full = lists(json!({"k": 20, "total": 10_000}), 5);
        assert!(full.iter().all(|l| l.len() == 500));
        let even = lists(
            json!({"k": 3, "total": 7, "spread": "even", "lo": 1, "hi": 1}),
            6,
        );
        assert_eq!(even, vec![vec![1, 1, 1], vec![1, 1], vec![1, 1]]);
        assert!(lists(json!({"k": 0, "total": 0}), 1).is_empty());
    }

    #[test]
    fn rejects_bad_parameters() {
        for bad in [
            json!({"k": -1, "total": 0}),
            json!({"k": 2, "total": 1001}),
            json!({"k": 2, "total": 3, "max_len": 1}),
            json!({"k": 2, "total": 3, "lo": 1, "hi": 0}),
            json!({"k": 2, "total": 3, "spread": "odd"}),
        ] {
            assert!(generate(&params(bad), &mut Rng::new(1)).is_err());
        }
    }

    fn lists(v: Value, seed: u64) -> Vec<Vec<i64>> {
        serde_json::from_value(made(v, seed)["lists"].clone()).unwrap()
    }
}
