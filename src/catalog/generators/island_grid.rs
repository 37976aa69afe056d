//! `island_grid`: an `m` x `n` grid of `"1"` (land) and `"0"` (water) strings, as in
//! number-of-islands.
//!
//! Parameters: `m`, `n` (rows and columns, required, `1..=1000`); `pattern`: `"random"` (the
//! default: each cell land with probability `land` percent, default 50), `"full"` (all land,
//! one island), `"empty"` (all water), `"checker"` (land where row + column is even: every
//! land cell its own island), `"snake"` (one island that winds through every other row, so
//! a search from one end goes about m*n/2 cells deep); `key` (the parameter name, default
//! `"grid"`).

use super::common::choice;
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};

choice!(
    /// Which cells are land.
    Pattern {
        /// Each cell land with probability `land` percent.
        Random = "random",
        Full = "full",
        Empty = "empty",
        Checker = "checker",
        Snake = "snake",
    }
);

params! {
    size: Size::of(&["m", "n"], 1),
    {
        m: i64, n: i64, land: i64 = 50, #[serde(default)] pattern: Pattern,
        key: String = "grid".into(),
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let m = params.m;
    let n = params.n;
    let land = params.land;
    if !(1..=1000).contains(&m) || !(1..=1000).contains(&n) {
        return Err(format!("`m` and `n` must be in 1..=1000, got {m} and {n}"));
    }
    within("land", land, 0..=100)?;
    let (m, n) = (m as usize, n as usize);
    let mut is_land = |r: usize, c: usize| match params.pattern {
        Pattern::Random => rng.chance(land as u64, 100),
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
    Ok(json!({ params.key.as_str(): grid }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();
    use super::super::testing::{grid_of, regions};

    /// Islands (4-connected) and the number of cells of the largest.
    fn islands(g: &[Vec<bool>]) -> (usize, usize) {
        regions(g, |&land| land)
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
        grid_of(&case["grid"], |c| match c.as_str().unwrap() {
            "1" => true,
            "0" => false,
            other => panic!("cell {other:?}"),
        })
    }
}
