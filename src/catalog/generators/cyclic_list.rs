//! `cyclic_list`: `{"head", "pos"}`, a linked list whose tail is linked back to the node at
//! index `pos` (`-1`: no cycle), as in linked-list-cycle.
//!
//! Parameters: `n` (length, required, `0..=1_000_000`); `min_n` (when given, the length is
//! drawn from `min_n..=n`); `lo`, `hi` (values drawn uniformly from `lo..=hi`, default
//! `-100000..=100000`; a narrow range makes many repeated values); `pos`: `"random"` (the
//! default: any node of a non-empty list), `"any"` (no cycle half of the time, else random),
//! `"none"` (`-1`), `"last"` (the tail links to itself), or an index `0..length`.

use super::common::{choice, IntOr};
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};

choice!(
    /// Where the tail links back to, when not given as an index.
    Pos { Random = "random", Any = "any", None = "none", Last = "last" }
);

params! {
    size: Size::n(1),
    {
        pos: IntOr<Pos> = IntOr::Word(Pos::Random), n: i64, min_n: Option<i64>, lo: i64 = -100_000, hi: i64 = 100_000,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let min_n = params.min_n.unwrap_or(n);
    let lo = params.lo;
    let hi = params.hi;
    if let IntOr::Int(k @ ..-1) = params.pos {
        return Err(format!(
            "`pos` must be \"random\", \"any\", \"none\", \"last\" or an index, not {k}"
        ));
    }
    within("n", n, 0..=1_000_000)?;
    within("min_n", min_n, 0..=n)?;
    if lo > hi {
        return Err(format!("`lo` ({lo}) must not exceed `hi` ({hi})"));
    }
    let len = rng.range(min_n, n);
    let head: Vec<i64> = (0..len).map(|_| rng.range(lo, hi)).collect();
    let pos = match params.pos {
        _ if len == 0 => -1,
        IntOr::Word(Pos::None) => -1,
        IntOr::Word(Pos::Random) => rng.range(0, len - 1),
        IntOr::Word(Pos::Any) => {
            if rng.chance(1, 2) {
                -1
            } else {
                rng.range(0, len - 1)
            }
        }
        IntOr::Word(Pos::Last) => len - 1,
        IntOr::Int(k) if k < len => k,
        IntOr::Int(k) => return Err(format!("`pos` {k} is not an index of a list of {len}")),
    };
    Ok(json!({"head": head, "pos": pos}))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn lengths_values_and_positions_stay_inside() {
        let mut cycles = 0;
        for seed in 0..200 {
            let (head, pos) = case(
                json!({"n": 30, "min_n": 0, "lo": -2, "hi": 2, "pos": "any"}),
                seed,
            );
            assert!(head.len() <= 30);
            assert!(head.iter().all(|x| (-2..=2).contains(x)));
            assert!(pos == -1 || (0..head.len() as i64).contains(&pos));
            if head.is_empty() {
                assert_eq!(pos, -1);
            }
            cycles += usize::from(pos >= 0);
        }
        assert!((50..150).contains(&cycles), "{cycles} cycles in 200");
        let (head, pos) = case(json!({"n": 10000}), 1);
        assert_eq!(head.len(), 10000);
        assert!(head.iter().all(|x| x.abs() <= 100_000));
        assert!((0..10000).contains(&pos));
    }

    #[test]
    fn fixed_positions() {
        assert_eq!(case(json!({"n": 50, "pos": "none"}), 2).1, -1);
        assert_eq!(case(json!({"n": 50, "pos": -1}), 2).1, -1);
        assert_eq!(case(json!({"n": 50, "pos": "last"}), 2).1, 49);
        assert_eq!(case(json!({"n": 50, "pos": 0}), 2).1, 0);
        assert_eq!(case(json!({"n": 0}), 2), (vec![], -1));
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "pos": 5})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "pos": "middle"})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "min_n": 6})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "lo": 1, "hi": 0})), &mut rng).is_err());
    }

    fn case(p: Value, seed: u64) -> (Vec<i64>, i64) {
        let v = made(p, seed);
        let head = ints(&v["head"]);
        (head, v["pos"].as_i64().unwrap())
    }
}
