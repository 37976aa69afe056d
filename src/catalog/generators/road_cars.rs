//! `road_cars`: `{"target", "position", "speed"}`, cars on a one-lane road heading to
//! `target`, as in car-fleet: positions pairwise distinct in `0..target`, speeds in
//! `1..=max_speed`, the cars listed in random order.
//!
//! Parameters: `n` (cars, required, `1..=100000`); `target` (`1..=10^6`, default 10^6, at
//! least `n`); `max_speed` (`1..=10^6`, default 10^6); `arrival`, the pattern of the arrival
//! times `(target - position) / speed` (a car joins the fleet ahead when its own time is at
//! most that fleet's):
//! - `"random"` (the default): positions and speeds uniform;
//! - `"no_catching"`: speeds never increase from the front car back, so arrival times
//!   strictly increase from the front back and every car is its own fleet (`n` fleets: the
//!   worst case for comparing each car with every car ahead);
//! - `"one_fleet"`: the front car has speed 1 and every other car is fast enough to arrive no
//!   later than it, so there is a single fleet (needs `max_speed` at least the largest
//!   distance divided by the front car's, rounded up);
//! - `"ties"`: each car's time is `q / r` with `q`, `r` uniform in `1..=ties_k` (default
//!   12): distance `c * q` and speed `c * r` for a random `c`. Many cars then arrive at
//!   exactly the same time as others, written as different fractions (1/3 and 2/6).

use super::common::choice;
use super::common::{within};
use super::{RawParams, Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

/// `count` distinct positions in `0..target`.
fn distinct_positions(rng: &mut Rng, target: i64, count: usize) -> Vec<i64> {
    if (target as u64) <= 4 * count as u64 + 16 {
        let mut pool: Vec<i64> = (0..target).collect();
        rng.shuffle(&mut pool);
        pool.truncate(count);
        return pool;
    }
    let mut taken = HashSet::with_capacity(count);
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        let p = rng.range(0, target - 1);
        if taken.insert(p) {
            out.push(p);
        }
    }
    out
}

choice!(
    /// How the arrival times relate.
    Arrival { Random = "random", NoCatching = "no_catching", OneFleet = "one_fleet", Ties = "ties" }
);

params! {
    size: Size::n(1),
    resize: resize,
    {
        n: i64, target: i64 = 1_000_000, max_speed: i64 = 1_000_000, ties_k: i64 = 12,
        #[serde(default)] arrival: Arrival,
    }
}

/// A road long enough for every car, and times varied enough for every tie.
fn resize(raw: &mut RawParams, n: u64) {
    SIZE.apply(raw, n);
    for (key, least) in [("target", (16 * n).min(1_000_000)), ("ties_k", n.isqrt() * 2 + 2)] {
        if let Some(v) = raw.get_mut(key) {
            *v = Value::from(v.as_u64().unwrap_or(0).max(least));
        }
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let target = params.target;
    let max_speed = params.max_speed;
    let ties_k = params.ties_k;
    within("n", n, 1..=100_000)?;
    within("target", target, n..=1_000_000)?;
    within("max_speed", max_speed, 1..=1_000_000)?;
    within("ties_k", ties_k, 1..=1000)?;
    let n = n as usize;
    // (position, speed) pairs.
    let mut cars: Vec<(i64, i64)> = Vec::with_capacity(n);
    match params.arrival {
        Arrival::Random => {
            for p in distinct_positions(rng, target, n) {
                cars.push((p, rng.range(1, max_speed)));
            }
        }
        Arrival::NoCatching => {
            let mut positions = distinct_positions(rng, target, n);
            positions.sort_unstable_by(|a, b| b.cmp(a));
            let mut speeds: Vec<i64> = (0..n).map(|_| rng.range(1, max_speed)).collect();
            speeds.sort_unstable_by(|a, b| b.cmp(a));
            cars.extend(positions.into_iter().zip(speeds));
        }
        Arrival::OneFleet => {
            let mut positions = distinct_positions(rng, target, n);
            positions.sort_unstable_by(|a, b| b.cmp(a));
            let front = target - positions[0];
            cars.push((positions[0], 1));
            for &p in &positions[1..] {
                // Arrives no later than the front car: (target - p) / s <= front / 1.
                let least = (target - p + front - 1) / front;
                if least > max_speed {
                    return Err(format!(
                        "`max_speed` {max_speed} is too low for one fleet (needs {least})"
                    ));
                }
                cars.push((p, rng.range(least, max_speed)));
            }
        }
        Arrival::Ties => {
            let mut taken = HashSet::with_capacity(n);
            let mut tries = 0u64;
            while cars.len() < n {
                tries += 1;
                if tries > 100 * n as u64 + 10_000 {
                    return Err("too few distinct distances for `ties`".to_string());
                }
                let q = rng.range(1, ties_k);
                let r = rng.range(1, ties_k);
                let c_max = (target / q).min(max_speed / r);
                if c_max < 1 {
                    continue;
                }
                let c = rng.range(1, c_max);
                let p = target - c * q;
                if taken.insert(p) {
                    cars.push((p, c * r));
                }
            }
        }
    }
    rng.shuffle(&mut cars);
    let position: Vec<i64> = cars.iter().map(|c| c.0).collect();
    let speed: Vec<i64> = cars.iter().map(|c| c.1).collect();
    Ok(json!({"target": target, "position": position, "speed": speed}))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    /// Checks the constraints and counts the fleets exactly (cross-multiplied times).
    fn fleets(v: &Value) -> usize {
        let target = v["target"].as_i64().unwrap();
        let pos: Vec<i64> = ints(&v["position"]);
        let speed: Vec<i64> = ints(&v["speed"]);
        assert_eq!(pos.len(), speed.len());
        assert!((1..=1_000_000).contains(&target));
        assert!(pos.iter().all(|p| (0..target).contains(p)));
        assert!(speed.iter().all(|s| (1..=1_000_000).contains(s)));
        assert_eq!(pos.iter().collect::<HashSet<_>>().len(), pos.len());
        let mut cars: Vec<(i64, i64)> = pos.into_iter().zip(speed).collect();
        cars.sort_unstable_by_key(|c| std::cmp::Reverse(c.0));
        let mut count = 0;
        let mut slowest: Option<(i64, i64)> = None; // (distance, speed) of the fleet ahead
        for (p, s) in cars {
            let d = target - p;
            // d / s > sd / ss  <=>  d * ss > sd * s
            if slowest.is_none_or(|(sd, ss)| d * ss > sd * s) {
                count += 1;
                slowest = Some((d, s));
            }
        }
        count
    }

    fn make(v: Value, seed: u64) -> Value {
        generate(&params(v), &mut Rng::new(seed)).unwrap()
    }

    #[test]
    fn patterns_give_their_fleet_counts() {
        for seed in 0..10 {
            let v = make(json!({"n": 2000}), seed);
            assert!(fleets(&v) >= 1);
            let v = make(json!({"n": 2000, "arrival": "no_catching"}), seed);
            assert_eq!(fleets(&v), 2000);
            let v = make(json!({"n": 2000, "arrival": "one_fleet"}), seed);
            assert_eq!(fleets(&v), 1);
            let v = make(json!({"n": 2000, "arrival": "ties"}), seed);
            assert!(fleets(&v) >= 1);
            let v = make(json!({"n": 50, "target": 50, "max_speed": 3}), seed);
            assert_eq!(v["position"].as_array().unwrap().len(), 50);
            fleets(&v);
        }
        let v = make(json!({"n": 1, "target": 1, "max_speed": 1}), 3);
        assert_eq!(v, json!({"target": 1, "position": [0], "speed": [1]}));
    }

    #[test]
    fn ties_share_arrival_times() {
        let v = make(json!({"n": 3000, "arrival": "ties", "ties_k": 3}), 4);
        let target = v["target"].as_i64().unwrap();
        let mut times = HashSet::new();
        for (p, s) in v["position"]
            .as_array()
            .unwrap()
            .iter()
            .zip(v["speed"].as_array().unwrap())
        {
            let (d, s) = (target - p.as_i64().unwrap(), s.as_i64().unwrap());
            let (mut a, mut b) = (d, s);
            while b != 0 {
                (a, b) = (b, a % b);
            }
            let g = a;
            times.insert((d / g, s / g));
        }
        assert!(times.len() <= 9, "{times:?}");
    }

    #[test]
    fn bad_parameters() {
        for bad in [
            json!({"n": 0}),
            json!({"n": 100_001}),
            json!({"n": 10, "target": 9}),
            json!({"n": 10, "max_speed": 0}),
            json!({"n": 10, "arrival": "jam"}),
            json!({"n": 1000, "max_speed": 1, "arrival": "one_fleet"}),
        ] {
            assert!(generate(&params(bad), &mut Rng::new(1)).is_err());
        }
    }
}
