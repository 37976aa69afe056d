//! `permutation_grid`: an `n` x `n` grid holding each of `0..n*n` exactly once, under the key
//! `key` (default `"grid"`), as in swim-in-rising-water.
//!
//! Parameters: `n` (required, `1..=50`); `layout`: `"random"` (the default), `"max_at_end"`
//! (random, but the largest value sits in the bottom-right cell, so the answer is `n*n - 1`),
//! `"rows"` (`0..n*n` row by row: at every time all the cells under water are connected to
//! the start, so a search that floods afresh for each time does the most work) or `"snake"` (the smallest values trace a path that winds through every other row, the
//! rest are walls above them, so the cheapest route is long).

use super::common::choice;
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};

choice!(
    /// Where the values go.
    Layout { Random = "random", Rows = "rows", MaxAtEnd = "max_at_end", Snake = "snake" }
);

params! {
    size: Size::n(1).max(50),
    {
        n: i64, key: String = "grid".into(), #[serde(default)] layout: Layout,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    within("n", n, 1..=50)?;
    let n = n as usize;
    let key = params.key.as_str();
    let mut values: Vec<usize> = (0..n * n).collect();
    rng.shuffle(&mut values);
    match params.layout {
        Layout::Random => {}
        Layout::Rows => values = (0..n * n).collect(),
        Layout::MaxAtEnd => {
            let at = values.iter().position(|&v| v == n * n - 1).unwrap_or(0);
            values.swap(at, n * n - 1);
        }
        Layout::Snake => {
            // The path: even rows fully, and on odd rows one cell at the alternating end.
            let mut path = Vec::new();
            for r in 0..n {
                if r % 2 == 0 {
                    let cols: Vec<usize> = if (r / 2) % 2 == 0 {
                        (0..n).collect()
                    } else {
                        (0..n).rev().collect()
                    };
                    path.extend(cols.into_iter().map(|c| r * n + c));
                } else {
                    let c = if (r / 2) % 2 == 0 { n - 1 } else { 0 };
                    path.push(r * n + c);
                }
            }
            let mut on_path = vec![false; n * n];
            for &cell in &path {
                on_path[cell] = true;
            }
            let mut low: Vec<usize> = (0..path.len()).collect();
            rng.shuffle(&mut low);
            let mut high: Vec<usize> = (path.len()..n * n).collect();
            rng.shuffle(&mut high);
            for (&cell, v) in path.iter().zip(low) {
                values[cell] = v;
            }
            let walls = (0..n * n).filter(|&c| !on_path[c]);
            for (cell, v) in walls.zip(high) {
                values[cell] = v;
            }
        }
    }
    let grid: Vec<Vec<usize>> = values.chunks(n).map(<[usize]>::to_vec).collect();
    Ok(json!({ key: grid }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn every_value_once() {
        for layout in ["random", "max_at_end", "rows", "snake"] {
            for n in [1, 2, 7, 50] {
                let g = grid(json!({"n": n, "layout": layout}), 3);
                let mut all: Vec<usize> = g.iter().flatten().copied().collect();
                all.sort_unstable();
                assert_eq!(all, (0..n * n).collect::<Vec<_>>());
            }
        }
        let g = grid(json!({"n": 9, "layout": "max_at_end"}), 4);
        assert_eq!(g[8][8], 80);
        let g = grid(json!({"n": 3, "layout": "rows"}), 4);
        assert_eq!(g, vec![vec![0, 1, 2], vec![3, 4, 5], vec![6, 7, 8]]);
        let g = grid(json!({"n": 5, "layout": "snake"}), 5);
        // The path has 5 + 1 + 5 + 1 + 5 = 17 cells, holding 0..17.
        assert!(g[1][4] < 17 && g[3][0] < 17 && g[1][0] >= 17);
    }

    fn grid(p: Value, seed: u64) -> Vec<Vec<usize>> {
        serde_json::from_value(made(p, seed)["grid"].clone()).unwrap()
    }
}
