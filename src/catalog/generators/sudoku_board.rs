//! `sudoku_board`: a 9 x 9 board of `"1"`-`"9"` and `"."` strings under the key `board`, as in
//! valid-sudoku.
//!
//! A full solution is made from the standard pattern with its digits relabelled, and its rows
//! and columns shuffled within their bands and stacks, and the bands and stacks shuffled
//! (every step keeps it a solution). Then `filled` cells (`0..=81`, default 30) chosen at
//! random keep their digit and the others are emptied, so the board is valid.
//!
//! `conflict` (`"none"`, the default, `"row"`, `"column"` or `"box"`) then breaks exactly that
//! one rule: a filled cell's digit is copied into another cell of its row (in another box), of
//! its column (in another box), or of its box (in another row and column), and the cells that
//! would make the copy clash in any other way are emptied. The board then has exactly one
//! pair of equal digits sharing a row, a column or a box. `conflict` needs `filled >= 1`.

use super::common::choice;
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};

/// A shuffled order of `0..9` that keeps the three groups of three together.
fn grouped_order(rng: &mut Rng) -> Vec<usize> {
    let mut groups = [0usize, 1, 2];
    rng.shuffle(&mut groups);
    let mut out = Vec::with_capacity(9);
    for g in groups {
        let mut inner = [0usize, 1, 2];
        rng.shuffle(&mut inner);
        out.extend(inner.iter().map(|i| 3 * g + i));
    }
    out
}

choice!(
    /// The one rule a board breaks, if any.
    Conflict { None = "none", Row = "row", Column = "column", Box = "box" }
);

params! {
    size: Size::FIXED,
    {
        filled: i64 = 30, #[serde(default)] conflict: Conflict,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let filled = params.filled;
    let conflict = params.conflict;
    within("filled", filled, 0..=81)?;
    if conflict != Conflict::None && filled < 1 {
        return Err("a `conflict` needs at least one filled cell".to_string());
    }
    let mut digits: Vec<u8> = (1..=9).collect();
    rng.shuffle(&mut digits);
    let rows = grouped_order(rng);
    let cols = grouped_order(rng);
    let mut solution = [[0u8; 9]; 9];
    for r in 0..9 {
        for c in 0..9 {
            let (pr, pc) = (rows[r], cols[c]);
            solution[r][c] = digits[(3 * (pr % 3) + pr / 3 + pc) % 9];
        }
    }
    let mut cells: Vec<usize> = (0..81).collect();
    rng.shuffle(&mut cells);
    let mut board = [[0u8; 9]; 9];
    for &cell in &cells[..filled as usize] {
        board[cell / 9][cell % 9] = solution[cell / 9][cell % 9];
    }
    if conflict != Conflict::None {
        let src = cells[rng.index(filled as usize)];
        let (r, c) = (src / 9, src % 9);
        let d = solution[r][c];
        let other = |x: usize, rng: &mut Rng| {
            // Another index in another group of three.
            let g = (x / 3 + 1 + rng.below(2) as usize) % 3;
            3 * g + rng.below(3) as usize
        };
        let (r2, c2) = match conflict {
            Conflict::Row => (r, other(c, rng)),
            Conflict::Column => (other(r, rng), c),
            Conflict::Box | Conflict::None => {
                let within =
                    |x: usize, rng: &mut Rng| 3 * (x / 3) + (x % 3 + 1 + rng.below(2) as usize) % 3;
                (within(r, rng), within(c, rng))
            }
        };
        // Empty every other copy of `d` that the new cell would meet in its row, column or
        // box; the solution has exactly one `d` in each, so only these can clash.
        for (i, row) in board.iter_mut().enumerate() {
            for (j, cell) in row.iter_mut().enumerate() {
                let meets = i == r2 || j == c2 || (i / 3 == r2 / 3 && j / 3 == c2 / 3);
                if meets && (i, j) != (r, c) && *cell == d {
                    *cell = 0;
                }
            }
        }
        board[r2][c2] = d;
    }
    let out: Vec<Vec<String>> = board
        .iter()
        .map(|row| {
            row.iter()
                .map(|&d| {
                    if d == 0 {
                        ".".to_string()
                    } else {
                        d.to_string()
                    }
                })
                .collect()
        })
        .collect();
    Ok(json!({ "board": out }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    /// Pairs of equal digits that share a row, a column and a box, in that order.
    fn clashes(v: &Value) -> [usize; 3] {
        let b: Vec<Vec<u8>> = super::super::testing::grid_of(&v["board"], |s| {
            s.as_str().unwrap().parse().unwrap_or(0)
        });
        let mut out = [0; 3];
        for a in 0..81 {
            for z in a + 1..81 {
                let (r1, c1, r2, c2) = (a / 9, a % 9, z / 9, z % 9);
                if b[r1][c1] == 0 || b[r1][c1] != b[r2][c2] {
                    continue;
                }
                out[0] += usize::from(r1 == r2);
                out[1] += usize::from(c1 == c2);
                out[2] += usize::from(r1 / 3 == r2 / 3 && c1 / 3 == c2 / 3);
            }
        }
        out
    }

    #[test]
    fn valid_and_single_conflicts() {
        for seed in 0..200 {
            let mut rng = Rng::new(seed);
            let v = generate(&params(json!({"filled": 81})), &mut rng).unwrap();
            assert_eq!(clashes(&v), [0, 0, 0]);
            let v = generate(&params(json!({"filled": 40})), &mut rng).unwrap();
            assert_eq!(clashes(&v), [0, 0, 0]);
            let filled = 1 + seed as i64 % 81;
            let v = generate(
                &params(json!({"filled": filled, "conflict": "row"})),
                &mut rng,
            )
            .unwrap();
            assert_eq!(clashes(&v), [1, 0, 0], "seed {seed}");
            let v = generate(
                &params(json!({"filled": filled, "conflict": "column"})),
                &mut rng,
            )
            .unwrap();
            assert_eq!(clashes(&v), [0, 1, 0], "seed {seed}");
            let v = generate(
                &params(json!({"filled": filled, "conflict": "box"})),
                &mut rng,
            )
            .unwrap();
            assert_eq!(clashes(&v), [0, 0, 1], "seed {seed}");
        }
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({"filled": 82})), &mut rng).is_err());
        assert!(generate(&params(json!({"conflict": "diagonal"})), &mut rng).is_err());
        assert!(generate(&params(json!({"filled": 0, "conflict": "row"})), &mut rng).is_err());
    }
}
