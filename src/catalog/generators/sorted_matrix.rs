//! `sorted_matrix`: an `m` x `n` grid of integers that reads in non-decreasing order row by
//! row, each row starting above the end of the row before it (search-a-2d-matrix), with an
//! optional value to look for.
//!
//! Parameters:
//! - `m`, `n`: rows and columns (required, `1..=1000`); `m_min`, `n_min`: when given, each is
//!   drawn uniformly from `min..=max`;
//! - `lo`, `hi`: the value range (defaults -10^4 and 10^4; it must hold `m * n` values);
//! - `repeat`: the percent chance (0 to 100, default 0) that a cell other than the first of
//!   its row copies its left neighbour, which makes runs of equal values inside a row (never
//!   across rows). The grid starts as `m * n` distinct values drawn uniformly and sorted;
//! - `target`: `"none"` (the default: no target key), `"present"` (a value of the grid) or
//!   `"absent"` (a value of `lo..=hi` not in the grid: the range must then hold more than
//!   `m * n` values);
//! - `at`: where a present target sits: `"random"` (the default: a uniformly chosen cell),
//!   `"first"` or `"last"` (the top-left or bottom-right cell), `"row_start"` or `"row_end"`
//!   (the first or last cell of a random row);
//! - `key`, `target_key`: the parameter names (defaults `"matrix"` and `"target"`).

use super::common::{choice, Target};
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

choice!(
    /// Which cell a present target is taken from.
    At { Random = "random", First = "first", Last = "last", RowStart = "row_start", RowEnd = "row_end" }
);

params! {
    size: Size::of(&["m", "n"], 1).clear(&["m_min", "n_min"]),
    {
        m: i64, n: i64, m_min: Option<i64>, n_min: Option<i64>, lo: i64 = -10_000, hi: i64 = 10_000,
        repeat: i64 = 0, key: String = "matrix".into(), target_key: String = "target".into(),
        #[serde(default)] target: Target, #[serde(default)] at: At,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let m_max = params.m;
    let n_max = params.n;
    let m_min = params.m_min.unwrap_or(m_max);
    let n_min = params.n_min.unwrap_or(n_max);
    let lo = params.lo;
    let hi = params.hi;
    let repeat = params.repeat;
    let key = params.key.as_str();
    let target_key = params.target_key.as_str();
    if !(1..=1000).contains(&m_max) || !(1..=1000).contains(&n_max) {
        return Err(format!(
            "`m` and `n` must be in 1..=1000, got {m_max} and {n_max}"
        ));
    }
    if m_min < 1 || m_min > m_max || n_min < 1 || n_min > n_max {
        return Err("`m_min` and `n_min` must be in 1..=m and 1..=n".to_string());
    }
    if lo > hi || hi - lo + 1 < m_max * n_max {
        return Err(format!(
            "`lo..=hi` ({lo}..={hi}) must hold at least m * n values"
        ));
    }
    if params.target == Target::Absent && hi - lo < m_max * n_max {
        return Err("an absent target needs `lo..=hi` to hold more than m * n values".to_string());
    }
    within("repeat", repeat, 0..=100)?;
    let m = rng.range(m_min, m_max) as usize;
    let n = rng.range(n_min, n_max) as usize;
    let cells = (m * n) as i64;
    // Floyd's sampling of `cells` distinct offsets of the range.
    let span = hi - lo + 1;
    let mut chosen: HashSet<i64> = HashSet::with_capacity(cells as usize);
    for j in span - cells..span {
        let t = rng.range(0, j);
        if !chosen.insert(t) {
            chosen.insert(j);
        }
    }
    let mut values: Vec<i64> = chosen.into_iter().map(|x| x + lo).collect();
    values.sort_unstable();
    let mut grid: Vec<Vec<i64>> = values.chunks(n).map(|row| row.to_vec()).collect();
    if repeat > 0 {
        for row in grid.iter_mut() {
            for c in 1..n {
                if rng.chance(repeat as u64, 100) {
                    row[c] = row[c - 1];
                }
            }
        }
    }
    let target = match params.target {
        Target::Present => Some(match params.at {
            At::First => grid[0][0],
            At::Last => grid[m - 1][n - 1],
            At::RowStart => grid[rng.index(m)][0],
            At::RowEnd => grid[rng.index(m)][n - 1],
            At::Random => grid[rng.index(m)][rng.index(n)],
        }),
        Target::Absent => {
            let present: HashSet<i64> = grid.iter().flatten().copied().collect();
            let missing = loop {
                let t = rng.range(lo, hi);
                if !present.contains(&t) {
                    break t;
                }
            };
            Some(missing)
        }
        Target::None => None,
    };
    let mut case = serde_json::Map::new();
    case.insert(key.to_string(), json!(grid));
    if let Some(t) = target {
        case.insert(target_key.to_string(), json!(t));
    }
    Ok(Value::Object(case))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    fn grid(v: &Value) -> Vec<Vec<i64>> {
        serde_json::from_value(v.clone()).unwrap()
    }

    fn well_ordered(g: &[Vec<i64>]) -> bool {
        g.iter().all(|r| r.windows(2).all(|w| w[0] <= w[1]))
            && g.windows(2).all(|rs| rs[0][rs[0].len() - 1] < rs[1][0])
    }

    #[test]
    fn ordered_with_repeats_and_targets() {
        for seed in 0..40 {
            let p = params(json!({"m": 12, "m_min": 1, "n": 9, "n_min": 1, "lo": -150,
                                  "hi": 150, "repeat": 40, "target": "present"}));
            let case = generate(&p, &mut Rng::new(seed)).unwrap();
            let g = grid(&case["matrix"]);
            assert!((1..=12).contains(&g.len()));
            assert!(g
                .iter()
                .all(|r| r.len() == g[0].len() && (1..=9).contains(&r.len())));
            assert!(well_ordered(&g));
            let t = case["target"].as_i64().unwrap();
            assert!(g.iter().flatten().any(|&x| x == t));
            let p = params(json!({"m": 10, "n": 10, "lo": -100, "hi": 100, "target": "absent"}));
            let case = generate(&p, &mut Rng::new(seed)).unwrap();
            let g = grid(&case["matrix"]);
            assert!(well_ordered(&g) && g.iter().flatten().all(|x| (-100..=100).contains(x)));
            let t = case["target"].as_i64().unwrap();
            assert!((-100..=100).contains(&t) && !g.iter().flatten().any(|&x| x == t));
        }
        let p = params(json!({"m": 3, "n": 4, "target": "present", "at": "last"}));
        let case = generate(&p, &mut Rng::new(5)).unwrap();
        assert_eq!(case["target"], case["matrix"][2][3]);
    }

    #[test]
    fn rejects_bad_parameters() {
        let bad = [
            json!({"m": 0, "n": 3}),
            json!({"m": 3}),
            json!({"m": 10, "n": 10, "lo": 0, "hi": 50}),
            json!({"m": 2, "n": 2, "repeat": 101}),
            json!({"m": 2, "n": 2, "at": "middle"}),
            json!({"m": 2, "n": 2, "lo": 1, "hi": 4, "target": "absent"}),
        ];
        for p in bad {
            assert!(generate(&params(p), &mut Rng::new(1)).is_err());
        }
    }
}
