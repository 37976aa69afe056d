//! `cell_grid`: an `m` x `n` grid whose cells are taken from a list of JSON values, for the
//! grid problems whose cells are numbers or other symbols (max-area-of-island, rotting-oranges,
//! walls-and-gates, surrounded-regions, pacific-atlantic-water-flow).
//!
//! Parameters: `m`, `n` (rows and columns, required, `1..=1000`); `key` (the parameter name,
//! default `"grid"`); the cells come either from `values` (an array of JSON values, default
//! `[0, 1]`) or, when `range` (`[lo, hi]`) is given, are integers drawn uniformly from
//! `lo..=hi`. `pattern` says which value each cell gets:
//! - `"random"` (the default): `values[i]` with probability `weights[i] / sum(weights)`
//!   (`weights` defaults to all 1), or a uniform draw from `range`;
//! - `"checker"`: `values[1]` where row + column is even, else `values[0]`;
//! - `"snake"`: `values[1]` on a path that winds through every other row (even rows full,
//!   odd rows joined at alternate ends), `values[0]` elsewhere: one region about m*n/2 cells
//!   long;
//! - `"spiral"`: `values[1]` on a spiral path from the outer ring inwards with a wall of
//!   `values[0]` between its turns, so a search along it goes about m*n/2 cells deep.
//!
//! `border` (an index into `values`) forces the outer ring to that value and lays the
//! pattern in the inner `(m - 2) x (n - 2)` grid; `set` (`[[row, column, index], ...]`)
//! finally overwrites single cells with `values[index]`.

use super::common::choice;
use super::{RawParams, Rng, Size};
use serde_json::{json, Value};

choice!(
    /// Where the second value goes: drawn per cell by weight, or along a fixed path.
    Pattern { Random = "random", Checker = "checker", Snake = "snake", Spiral = "spiral" }
);

params! {
    size: Size::of(&["m", "n"], 1),
    resize: resize,
    {
        m: i64, n: i64, key: String = "grid".into(), #[serde(default)] pattern: Pattern, range: Option<Value>,
        values: Option<Value>, weights: Option<Value>, border: Option<Value>, set: Option<Value>,
    }
}

/// Only the `set` cells inside the smaller grid.
fn resize(raw: &mut RawParams, n: u64) {
    SIZE.apply(raw, n);
    if let Some(Value::Array(set)) = raw.get_mut("set") {
        set.retain(|e| (0..2).all(|i| e[i].as_u64().is_some_and(|x| x < n)));
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let m = params.m;
    let n = params.n;
    if !(1..=1000).contains(&m) || !(1..=1000).contains(&n) {
        return Err(format!("`m` and `n` must be in 1..=1000, got {m} and {n}"));
    }
    let (m, n) = (m as usize, n as usize);
    let key = params.key.as_str();
    let pattern = params.pattern;
    let range = match params.range.as_ref() {
        None => None,
        Some(v) => {
            let pair: Vec<i64> = serde_json::from_value(v.clone())
                .map_err(|_| "`range` must be [lo, hi] integers".to_string())?;
            match pair[..] {
                [lo, hi] if lo <= hi => Some((lo, hi)),
                _ => return Err("`range` must be [lo, hi] with lo <= hi".into()),
            }
        }
    };
    let values: Vec<Value> = match params.values.as_ref() {
        None => vec![json!(0), json!(1)],
        Some(Value::Array(a)) if !a.is_empty() => a.clone(),
        Some(_) => return Err("`values` must be a non-empty array".into()),
    };
    let weights: Vec<u64> = match params.weights.as_ref() {
        None => vec![1; values.len()],
        Some(v) => serde_json::from_value(v.clone())
            .map_err(|_| "`weights` must be an array of non-negative integers".to_string())?,
    };
    if weights.len() != values.len() || weights.iter().sum::<u64>() == 0 {
        return Err("`weights` needs one entry per value and a positive sum".into());
    }
    if pattern != Pattern::Random && values.len() < 2 {
        return Err(format!(
            "pattern {:?} needs at least two `values`",
            pattern.as_str()
        ));
    }
    let index = |name: &str, v: &Value| -> Result<usize, String> {
        match v.as_u64() {
            Some(i) if (i as usize) < values.len() => Ok(i as usize),
            _ => Err(format!("`{name}` must index `values`")),
        }
    };
    let border = match params.border.as_ref() {
        None => None,
        Some(v) => Some(index("border", v)?),
    };

    // The pattern's own grid (the inner one when there is a border).
    let (pm, pn) = if border.is_some() {
        (m.saturating_sub(2), n.saturating_sub(2))
    } else {
        (m, n)
    };
    let on_path: Box<dyn Fn(usize, usize) -> bool> = match pattern {
        Pattern::Random => Box::new(|_, _| false),
        Pattern::Checker => Box::new(|r, c| (r + c) % 2 == 0),
        Pattern::Snake => Box::new(move |r, c| match r % 4 {
            1 => c == pn - 1,
            3 => c == 0,
            _ => true,
        }),
        Pattern::Spiral => {
            let cells = spiral(pm, pn);
            Box::new(move |r, c| cells[r][c])
        }
    };
    let total: u64 = weights.iter().sum();
    let draw = |rng: &mut Rng| -> Value {
        if let Some((lo, hi)) = range {
            return json!(rng.range(lo, hi));
        }
        let mut x = rng.below(total);
        for (v, &w) in values.iter().zip(&weights) {
            if x < w {
                return v.clone();
            }
            x -= w;
        }
        unreachable!("weights sum to total")
    };
    let mut grid: Vec<Vec<Value>> = Vec::with_capacity(m);
    for r in 0..m {
        let mut row = Vec::with_capacity(n);
        for c in 0..n {
            let cell = match border {
                Some(b) if r == 0 || c == 0 || r == m - 1 || c == n - 1 => values[b].clone(),
                _ => {
                    let (pr, pc) = if border.is_some() {
                        (r - 1, c - 1)
                    } else {
                        (r, c)
                    };
                    if pattern == Pattern::Random {
                        draw(rng)
                    } else if on_path(pr, pc) {
                        values[1].clone()
                    } else {
                        values[0].clone()
                    }
                }
            };
            row.push(cell);
        }
        grid.push(row);
    }
    if let Some(set) = params.set.as_ref() {
        let set: Vec<Vec<Value>> = serde_json::from_value(set.clone())
            .map_err(|_| "`set` must be [[row, column, index], ...]".to_string())?;
        for entry in set {
            let (r, c) = match (entry.first().and_then(Value::as_u64), entry.get(1)) {
                (Some(r), Some(c)) => (r as usize, c.as_u64().unwrap_or(u64::MAX) as usize),
                _ => return Err("`set` entries are [row, column, index]".into()),
            };
            if entry.len() != 3 || r >= m || c >= n {
                return Err(format!("`set` entry {entry:?} is outside the grid"));
            }
            grid[r][c] = values[index("set", &entry[2])?].clone();
        }
    }
    Ok(json!({ key: grid }))
}

/// The cells of a spiral path in an `m` x `n` grid: it runs along the outer ring, then steps
/// two cells in at each turn, leaving one cell of wall between neighbouring passes.
fn spiral(m: usize, n: usize) -> Vec<Vec<bool>> {
    let mut on = vec![vec![false; n]; m];
    if m == 0 || n == 0 {
        return on;
    }
    let (mut r, mut c) = (0usize, 0usize);
    on[0][0] = true;
    // Directions right, down, left, up; a step is taken while the cell two ahead is free
    // and inside, so passes keep a wall between them.
    let dirs: [(isize, isize); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
    let mut d = 0;
    let mut turns_without_step = 0;
    loop {
        let (dr, dc) = dirs[d];
        let ahead = |k: isize| -> Option<(usize, usize)> {
            let a = r as isize + dr * k;
            let b = c as isize + dc * k;
            (a >= 0 && b >= 0 && (a as usize) < m && (b as usize) < n)
                .then_some((a as usize, b as usize))
        };
        let free = |p: Option<(usize, usize)>| p.is_some_and(|(a, b)| !on[a][b]);
        // Step when the next cell is free and the one after it is not already on the path
        // (at the grid's edge the next cell only has to be free).
        let next = ahead(1);
        let after = ahead(2);
        let can = free(next) && after.is_none_or(|(a, b)| !on[a][b]);
        if can {
            let (a, b) = next.unwrap();
            on[a][b] = true;
            r = a;
            c = b;
            turns_without_step = 0;
        } else {
            d = (d + 1) % 4;
            turns_without_step += 1;
            if turns_without_step == 2 {
                break;
            }
        }
    }
    on
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    /// Cells equal to `v`: their 4-connected groups, and the largest one's size.
    fn regions(g: &[Vec<Value>], v: &Value) -> (usize, usize) {
        super::super::testing::regions(g, |x| x == v)
    }

    #[test]
    fn patterns_make_one_long_region() {
        for (m, n) in [(50, 50), (200, 200), (7, 3), (1, 9), (250, 250)] {
            for pattern in ["snake", "spiral"] {
                let g = grid(json!({"m": m, "n": n, "pattern": pattern}), 1);
                assert_eq!((g.len(), g[0].len()), (m, n));
                assert_eq!(regions(&g, &json!(1)).0, 1, "{pattern} {m}x{n}");
            }
        }
        let g = grid(json!({"m": 50, "n": 50, "pattern": "spiral"}), 1);
        assert!(regions(&g, &json!(1)).1 > 1200);
        let g = grid(json!({"m": 4, "n": 4, "pattern": "checker"}), 1);
        assert_eq!(regions(&g, &json!(1)), (8, 1));
    }

    #[test]
    fn border_values_and_set() {
        let g = grid(
            json!({"m": 20, "n": 30, "pattern": "snake", "values": ["X", "O"], "border": 0,
                   "set": [[0, 0, 1]]}),
            3,
        );
        assert_eq!(g[0][0], json!("O"));
        assert!(g[19].iter().all(|v| v == "X"));
        assert!(g[1..].iter().all(|row| row[0] == "X" && row[29] == "X"));
        assert_eq!(regions(&g, &json!("O")).0, 2);
        let g = grid(json!({"m": 100, "n": 100, "range": [3, 5]}), 2);
        let all: Vec<i64> = g.iter().flatten().map(|v| v.as_i64().unwrap()).collect();
        assert!(all.iter().all(|x| (3..=5).contains(x)));
        assert!(all.contains(&3) && all.contains(&5));
        let g = grid(
            json!({"m": 100, "n": 100, "values": [0, 1, 2], "weights": [0, 9, 1]}),
            2,
        );
        let twos = g.iter().flatten().filter(|v| **v == json!(2)).count();
        assert!((700..1300).contains(&twos), "{twos}");
        assert!(!g.iter().flatten().any(|v| *v == json!(0)));
    }

    #[test]
    fn same_seed_same_grid_and_bad_parameters() {
        let p = json!({"m": 30, "n": 40, "values": [-1, 0, 2147483647], "weights": [1, 1, 5]});
        assert_eq!(grid(p.clone(), 4), grid(p, 4));
        let mut rng = Rng::new(0);
        for bad in [
            json!({"m": 3}),
            json!({"m": 0, "n": 3}),
            json!({"m": 3, "n": 3, "pattern": "rings"}),
            json!({"m": 3, "n": 3, "weights": [1]}),
            json!({"m": 3, "n": 3, "range": [5, 1]}),
            json!({"m": 3, "n": 3, "border": 2}),
            json!({"m": 3, "n": 3, "set": [[3, 0, 1]]}),
        ] {
            assert!(generate(&params(bad.clone()), &mut rng).is_err(), "{bad}");
        }
    }

    fn grid(p: Value, seed: u64) -> Vec<Vec<Value>> {
        serde_json::from_value(made(p, seed)["grid"].clone()).unwrap()
    }
}
