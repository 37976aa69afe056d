//! `gas_circuit`: `{"gas", "cost"}` for gas-station: a circular route where station `i` gives
//! `gas[i]` and the drive to the next station takes `cost[i]`, with every value in `0..=max`.
//! The problem promises that a solvable route has exactly one good start; so do these cases.
//!
//! The route is made as the net gains `gas[i] - cost[i]` read from the good start `s` onward:
//! their running sums stay strictly above the final total `t >= 0` until the last station and
//! end at `t`. Then `s` is good, and any other start `u` is not: the running sum just before
//! `u` is above `t`, and the circuit from `u` falls to `t` before coming back round to `s`.
//!
//! Parameters:
//! - `n`: the number of stations (required, `1..=1_000_000`); `min_n`: when given, the number
//!   is drawn uniformly from `min_n..=n`;
//! - `max`: the largest gas or cost value (default 10^4, at least 1);
//! - `total_max`: the total surplus `t` is drawn from `0..=total_max` (default 0, below `max`);
//! - `shape`: `"band"` (the default: the running sum wanders at random between `t + 1` and
//!   `max`) or `"flat"` (it only climbs, slowly, up to `t + max`, then falls to `t` on the last
//!   station: a start anywhere survives until the end of the route, the worst case for trying
//!   every start);
//! - `start`: where the good start is, `"random"` (the default), `"first"` or `"last"`;
//! - `answer`: `"unique"` (the default) or `"none"`: the same route with gas taken away (or
//!   cost added) at random stations until the total is exactly -1, so no start works.

use super::common::choice;
use super::common::{span};
use super::{Rng, Size};
use serde_json::{json, Value};

choice!(
    /// How the running sum from the good start moves.
    Shape { Band = "band", Flat = "flat" }
);

choice!(
    /// Where the good start is.
    Start { Random = "random", First = "first", Last = "last" }
);

choice!(
    /// Whether there is a good start at all.
    Answer { Unique = "unique", None = "none" }
);

params! {
    size: Size::n(1),
    {
        n: i64, min_n: Option<i64>, max: i64 = 10_000, total_max: i64 = 0, #[serde(default)] shape: Shape,
        #[serde(default)] start: Start, #[serde(default)] answer: Answer,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n_max = params.n;
    let n_min = params.min_n.unwrap_or(n_max);
    let max = params.max;
    let total_max = params.total_max;
    span(("min_n", "n"), n_min, n_max, 1..=1_000_000)?;
    if max < 1 || !(0..max).contains(&total_max) {
        return Err(format!(
            "need `max` >= 1 and 0 <= `total_max` < `max`, got {max} and {total_max}"
        ));
    }
    let n = rng.range(n_min, n_max) as usize;
    let s = match params.start {
        Start::Random => rng.index(n),
        Start::First => 0,
        Start::Last => n - 1,
    };
    let t = rng.range(0, total_max);
    // Net gains read from the good start: running sums above t, ending at t.
    let mut gains: Vec<i64> = Vec::with_capacity(n);
    if n == 1 {
        gains.push(t);
    } else {
        let mut sum = rng.range(t + 1, max);
        gains.push(sum);
        for _ in 1..n - 1 {
            let next = if params.shape == Shape::Band {
                rng.range(t + 1, max)
            } else if rng.chance(1, 2) {
                sum
            } else {
                sum + rng.range(0, 2.min(t + max - sum))
            };
            gains.push(next - sum);
            sum = next;
        }
        gains.push(t - sum);
    }
    let mut gas = vec![0i64; n];
    let mut cost = vec![0i64; n];
    for (k, &d) in gains.iter().enumerate() {
        let i = (s + k) % n;
        if d >= 0 {
            cost[i] = rng.range(0, max - d);
            gas[i] = cost[i] + d;
        } else {
            gas[i] = rng.range(0, max + d);
            cost[i] = gas[i] - d;
        }
    }
    if params.answer == Answer::None {
        let mut need = t + 1;
        while need > 0 {
            let i = rng.index(n);
            let take = need.min(gas[i] + max - cost[i]);
            let from_gas = take.min(gas[i]);
            gas[i] -= from_gas;
            cost[i] += take - from_gas;
            need -= take;
        }
    }
    Ok(json!({"gas": gas, "cost": cost}))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    /// Every start that completes the circuit.
    fn good_starts(gas: &[i64], cost: &[i64]) -> Vec<usize> {
        let n = gas.len();
        (0..n)
            .filter(|&s| {
                let mut tank = 0;
                (0..n).all(|k| {
                    let i = (s + k) % n;
                    tank += gas[i] - cost[i];
                    tank >= 0
                })
            })
            .collect()
    }

    #[test]
    fn exactly_one_good_start_or_none() {
        for seed in 0..40 {
            for shape in ["band", "flat"] {
                let p = json!({"n": 60, "min_n": 1, "max": 50, "total_max": 20, "shape": shape});
                let (gas, cost) = case(p, seed);
                assert!(gas.iter().chain(&cost).all(|x| (0..=50).contains(x)));
                assert_eq!(good_starts(&gas, &cost).len(), 1, "seed {seed} {shape}");
                let p = json!({"n": 60, "min_n": 1, "max": 50, "total_max": 20, "shape": shape,
                               "answer": "none"});
                let (gas, cost) = case(p, seed);
                assert!(gas.iter().chain(&cost).all(|x| (0..=50).contains(x)));
                assert_eq!(gas.iter().sum::<i64>() - cost.iter().sum::<i64>(), -1);
            }
        }
    }

    #[test]
    fn start_can_be_placed() {
        let (gas, cost) = case(json!({"n": 30, "start": "last"}), 3);
        assert_eq!(good_starts(&gas, &cost), vec![29]);
        let (gas, cost) = case(json!({"n": 30, "start": "first", "shape": "flat"}), 4);
        assert_eq!(good_starts(&gas, &cost), vec![0]);
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 0})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "max": 0})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "max": 9, "total_max": 9})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "shape": "x"})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "start": "x"})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "answer": "x"})), &mut rng).is_err());
    }

    fn case(p: Value, seed: u64) -> (Vec<i64>, Vec<i64>) {
        let v = made(p, seed);
        let get = |k: &str| -> Vec<i64> {
            v[k].as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_i64().unwrap())
                .collect()
        };
        (get("gas"), get("cost"))
    }
}
