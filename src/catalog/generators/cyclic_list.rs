//! `cyclic_list`: `{"head", "pos"}`, a linked list whose tail is linked back to the node at
//! index `pos` (`-1`: no cycle), as in linked-list-cycle.
//!
//! Parameters: `n` (length, required, `0..=1_000_000`); `min_n` (when given, the length is
//! drawn from `min_n..=n`); `lo`, `hi` (values drawn uniformly from `lo..=hi`, default
//! `-100000..=100000`; a narrow range makes many repeated values); `pos`: `"random"` (the
//! default: any node of a non-empty list), `"any"` (no cycle half of the time, else random),
//! `"none"` (`-1`), `"last"` (the tail links to itself), or an index `0..length`.

use super::{Rng, Size};
use serde_json::{json, Value};

enum Pos {
    Random,
    Any,
    Last,
    At(i64),
}

fn pos_param(params: &Params) -> Result<Pos, String> {
    let bad = || "`pos` must be \"random\", \"any\", \"none\", \"last\" or an index".to_string();
    match params.pos.as_ref() {
        None => Ok(Pos::Random),
        Some(Value::String(s)) => match s.as_str() {
            "random" => Ok(Pos::Random),
            "any" => Ok(Pos::Any),
            "none" => Ok(Pos::At(-1)),
            "last" => Ok(Pos::Last),
            _ => Err(bad()),
        },
        Some(v) => v.as_i64().filter(|&k| k >= -1).map(Pos::At).ok_or_else(bad),
    }
}

params! {
    size: Size::n(1),
    {
        pos: Option<Value>, n: i64, min_n: Option<i64>, lo: i64 = -100_000, hi: i64 = 100_000,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let min_n = params.min_n.unwrap_or(n);
    let lo = params.lo;
    let hi = params.hi;
    let pos = pos_param(params)?;
    if !(0..=1_000_000).contains(&n) {
        return Err(format!("`n` must be in 0..=1000000, got {n}"));
    }
    if !(0..=n).contains(&min_n) {
        return Err(format!("`min_n` must be in 0..=n ({n}), got {min_n}"));
    }
    if lo > hi {
        return Err(format!("`lo` ({lo}) must not exceed `hi` ({hi})"));
    }
    let len = rng.range(min_n, n);
    let head: Vec<i64> = (0..len).map(|_| rng.range(lo, hi)).collect();
    let pos = match pos {
        _ if len == 0 => -1,
        Pos::Random => rng.range(0, len - 1),
        Pos::Any => {
            if rng.chance(1, 2) {
                -1
            } else {
                rng.range(0, len - 1)
            }
        }
        Pos::Last => len - 1,
        Pos::At(k) if k < len => k,
        Pos::At(k) => return Err(format!("`pos` {k} is not an index of a list of {len}")),
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
