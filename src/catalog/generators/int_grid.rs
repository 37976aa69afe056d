//! `int_grid`: an `m` x `n` grid of integers under the key `key` (default `"matrix"`), for
//! grid problems whose answer depends on how the values compare between neighbours
//! (longest-increasing-path-in-a-matrix).
//!
//! Parameters:
//! - `m`, `n`: rows and columns (required, `1..=1000`);
//! - `lo`, `hi`: the value range (defaults 0 and 2^31 - 1);
//! - `pattern`:
//!   - `"random"` (the default): each cell uniform in `lo..=hi`;
//!   - `"snake"`: the cells in boustrophedon order (row 0 left to right, row 1 right to left,
//!     ...) hold strictly increasing values `lo, lo + step, ...`, so one increasing path
//!     visits every cell (needs `lo + (m n - 1) step <= hi`);
//!   - `"spiral"`: likewise along a clockwise spiral from the top-left corner inwards;
//!   - `"constant"`: every cell `lo`;
//! - `step`: the gap between consecutive values of `"snake"` and `"spiral"` (default 1).

use super::common::choice;
use super::{Rng, Size};
use serde_json::{json, Value};

/// The cells of an `m` x `n` grid along a clockwise spiral from the top-left corner.
fn spiral(m: usize, n: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(m * n);
    let (mut top, mut bottom, mut left, mut right) = (0i64, m as i64 - 1, 0i64, n as i64 - 1);
    while top <= bottom && left <= right {
        for c in left..=right {
            out.push((top, c));
        }
        for r in top + 1..=bottom {
            out.push((r, right));
        }
        if top < bottom {
            for c in (left..right).rev() {
                out.push((bottom, c));
            }
        }
        if left < right {
            for r in (top + 1..bottom).rev() {
                out.push((r, left));
            }
        }
        top += 1;
        bottom -= 1;
        left += 1;
        right -= 1;
    }
    out.into_iter()
        .map(|(r, c)| (r as usize, c as usize))
        .collect()
}

choice!(
    /// How the cells are filled.
    Pattern { Random = "random", Constant = "constant", Snake = "snake", Spiral = "spiral" }
);

params! {
    size: Size::of(&["m", "n"], 1),
    {
        m: i64, n: i64, lo: i64 = 0, hi: i64 = i64::from(i32::MAX), step: i64 = 1, key: String = "matrix".into(),
        #[serde(default)] pattern: Pattern,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let m = params.m;
    let n = params.n;
    if !(1..=1000).contains(&m) || !(1..=1000).contains(&n) {
        return Err(format!("`m` and `n` must be in 1..=1000, got {m} and {n}"));
    }
    let lo = params.lo;
    let hi = params.hi;
    if lo > hi {
        return Err(format!("`lo` ({lo}) must not exceed `hi` ({hi})"));
    }
    let key = params.key.as_str();
    let (m, n) = (m as usize, n as usize);
    let mut grid = vec![vec![lo; n]; m];
    match params.pattern {
        Pattern::Random => {
            for row in grid.iter_mut() {
                for cell in row.iter_mut() {
                    *cell = rng.range(lo, hi);
                }
            }
        }
        Pattern::Constant => {}
        pattern @ (Pattern::Snake | Pattern::Spiral) => {
            if params.step < 1 || i128::from(lo) + i128::from(params.step) * ((m * n) as i128 - 1) > hi.into() {
                return Err(format!(
                    "`step` must be at least 1 and {} values of it must fit in `lo..=hi`",
                    m * n
                ));
            }
            let order: Vec<(usize, usize)> = if pattern == Pattern::Snake {
                (0..m)
                    .flat_map(|r| (0..n).map(move |c| (r, if r % 2 == 0 { c } else { n - 1 - c })))
                    .collect()
            } else {
                spiral(m, n)
            };
            for (k, (r, c)) in order.into_iter().enumerate() {
                grid[r][c] = lo + params.step * k as i64;
            }
        }
    }
    Ok(json!({ key: grid }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    fn grid(p: Value) -> Vec<Vec<i64>> {
        let v = generate(&params(p), &mut Rng::new(3)).unwrap();
        serde_json::from_value(v["matrix"].clone()).unwrap()
    }

    /// Whether values 0..m*n form one path of side-adjacent cells, in order.
    fn one_path(g: &[Vec<i64>]) -> bool {
        let n = g[0].len();
        let mut at = vec![(0, 0); g.len() * n];
        for (r, row) in g.iter().enumerate() {
            for (c, &v) in row.iter().enumerate() {
                at[v as usize] = (r, c);
            }
        }
        at.windows(2)
            .all(|w| w[0].0.abs_diff(w[1].0) + w[0].1.abs_diff(w[1].1) == 1)
    }

    #[test]
    fn patterns() {
        let g = grid(json!({"m": 3, "n": 4, "pattern": "snake"}));
        assert_eq!(
            g,
            vec![vec![0, 1, 2, 3], vec![7, 6, 5, 4], vec![8, 9, 10, 11]]
        );
        for (m, n) in [(1, 1), (1, 7), (7, 1), (5, 6), (6, 5), (200, 200)] {
            assert!(one_path(&grid(
                json!({"m": m, "n": n, "pattern": "spiral"})
            )));
            assert!(one_path(&grid(json!({"m": m, "n": n, "pattern": "snake"}))));
        }
        let g = grid(json!({"m": 50, "n": 40, "lo": -5, "hi": 5}));
        assert_eq!((g.len(), g[0].len()), (50, 40));
        assert!(g.iter().flatten().all(|v| (-5..=5).contains(v)));
        let g = grid(json!({"m": 2, "n": 2, "lo": 7, "pattern": "constant"}));
        assert_eq!(g, vec![vec![7, 7], vec![7, 7]]);
    }

    #[test]
    fn bad_parameters() {
        for p in [
            json!({"m": 0, "n": 3}),
            json!({"m": 3}),
            json!({"m": 3, "n": 3, "pattern": "zigzag"}),
            json!({"m": 3, "n": 3, "hi": 5, "pattern": "snake"}),
            json!({"m": 3, "n": 3, "lo": 4, "hi": 3}),
        ] {
            assert!(
                generate(&params(p.clone()), &mut Rng::new(0)).is_err(),
                "{p}"
            );
        }
    }
}
