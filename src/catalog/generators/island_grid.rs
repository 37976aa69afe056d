//! `island_grid`: an `m` x `n` grid of `"1"` (land) and `"0"` (water) strings, as in
//! number-of-islands.
//!
//! Parameters: `m`, `n` (rows and columns, required, `1..=1000`); `pattern`: `"random"` (the
//! default: each cell land with probability `land` percent, default 50), `"full"` (all land,
//! one island), `"empty"` (all water), `"checker"` (land where row + column is even: every
//! land cell its own island), `"snake"` (one island that winds through every other row, so
//! a search from one end goes about m*n/2 cells deep); `key` (the parameter name, default
//! `"grid"`).

use super::{Rng, Size};
use serde_json::{json, Value};

#[derive(Clone, Copy)]
enum Pattern {
    /// Each cell land with this probability in percent.
    Random(u64),
    Full,
    Empty,
    Checker,
    Snake,
}

params! {
    size: Size::of(&["m", "n"], 1),
    {
        m: i64, n: i64, land: i64 = 50, pattern: Option<Value>, key: Option<Value>,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let m = params.m;
    let n = params.n;
    let land = params.land;
    let pattern = match params.pattern.as_ref() {
        None => "random",
        Some(v) => v.as_str().ok_or("parameter `pattern` must be a string")?,
    };
    let key = match params.key.as_ref() {
        None => "grid",
        Some(v) => v.as_str().ok_or("parameter `key` must be a string")?,
    };
    if !(1..=1000).contains(&m) || !(1..=1000).contains(&n) {
        return Err(format!("`m` and `n` must be in 1..=1000, got {m} and {n}"));
    }
    if !(0..=100).contains(&land) {
        return Err(format!("`land` is a percentage, got {land}"));
    }
    let (m, n) = (m as usize, n as usize);
    let pattern = match pattern {
        "random" => Pattern::Random(land as u64),
        "full" => Pattern::Full,
        "empty" => Pattern::Empty,
        "checker" => Pattern::Checker,
        "snake" => Pattern::Snake,
        other => return Err(format!("unknown `pattern` {other:?}")),
    };
    let mut is_land = |r: usize, c: usize| match pattern {
        Pattern::Random(percent) => rng.chance(percent, 100),
        Pattern::Full => true,
        Pattern::Empty => false,
        Pattern::Checker => (r ^ c) & 1 == 0,
        // Even rows are land; odd row r joins its neighbours through one cell, at the right
        // end when r % 4 == 1 and at the left end when r % 4 == 3.
        Pattern::Snake => match r % 4 {
            1 => c == n - 1,
            3 => c == 0,
            _ => true,
        },
    };
    let grid: Vec<Vec<&str>> = (0..m)
        .map(|r| {
            (0..n)
                .map(|c| if is_land(r, c) { "1" } else { "0" })
                .collect()
        })
        .collect();
    Ok(json!({ key: grid }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    /// Islands (4-connected) and the number of cells of the largest.
    fn islands(g: &[Vec<bool>]) -> (usize, usize) {
        let (m, n) = (g.len(), g[0].len());
        let mut seen = vec![vec![false; n]; m];
        let (mut count, mut largest) = (0, 0);
        for r in 0..m {
            for c in 0..n {
                if !g[r][c] || seen[r][c] {
                    continue;
                }
                count += 1;
                seen[r][c] = true;
                let mut stack = vec![(r, c)];
                let mut size = 0;
                while let Some((i, j)) = stack.pop() {
                    size += 1;
                    let next = [
                        (i.wrapping_sub(1), j),
                        (i + 1, j),
                        (i, j.wrapping_sub(1)),
                        (i, j + 1),
                    ];
                    for (a, b) in next {
                        if a < m && b < n && g[a][b] && !seen[a][b] {
                            seen[a][b] = true;
                            stack.push((a, b));
                        }
                    }
                }
                largest = largest.max(size);
            }
        }
        (count, largest)
    }

    #[test]
    fn patterns() {
        let g = grid(json!({"m": 300, "n": 300, "pattern": "full"}), 1);
        assert_eq!((g.len(), g[0].len()), (300, 300));
        assert_eq!(islands(&g), (1, 90000));
        assert_eq!(
            islands(&grid(json!({"m": 300, "n": 300, "pattern": "checker"}), 1)),
            (45000, 1)
        );
        let g = grid(json!({"m": 7, "n": 5, "pattern": "empty"}), 1);
        assert!(g.iter().flatten().all(|&x| !x));
        for (m, n) in [(300, 300), (1, 9), (2, 9), (5, 1), (6, 3)] {
            let g = grid(json!({"m": m, "n": n, "pattern": "snake"}), 1);
            assert_eq!(islands(&g).0, 1, "snake {m}x{n}");
        }
    }

    #[test]
    fn random_density() {
        let g = grid(json!({"m": 100, "n": 200, "land": 30}), 4);
        assert_eq!((g.len(), g[0].len()), (100, 200));
        let land = g.iter().flatten().filter(|&&x| x).count();
        assert!((5000..7000).contains(&land), "{land}");
        let a = generate(
            &params(json!({"m": 3, "n": 3, "key": "board"})),
            &mut Rng::new(2),
        );
        assert!(a.unwrap().get("board").is_some());
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({"m": 3})), &mut rng).is_err());
        assert!(generate(&params(json!({"m": 0, "n": 3})), &mut rng).is_err());
        assert!(generate(&params(json!({"m": 3, "n": 3, "land": 101})), &mut rng).is_err());
        assert!(generate(
            &params(json!({"m": 3, "n": 3, "pattern": "rings"})),
            &mut rng
        )
        .is_err());
    }

    fn grid(p: Value, seed: u64) -> Vec<Vec<bool>> {
        let case = made(p, seed);
        case["grid"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| {
                row.as_array()
                    .unwrap()
                    .iter()
                    .map(|c| match c.as_str().unwrap() {
                        "1" => true,
                        "0" => false,
                        other => panic!("cell {other:?}"),
                    })
                    .collect()
            })
            .collect()
    }
}
