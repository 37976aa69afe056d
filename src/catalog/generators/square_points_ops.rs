//! `square_points_ops`: a `{"ops", "args"}` run of detect-squares: `["DetectSquares", "add",
//! "count", ...]` with `[[], [[x, y]], [[x, y]], ...]`, points with integer coordinates.
//!
//! Parameters:
//! - `n`: the number of calls after the constructor (required, `1..=100_000`);
//! - `adds`: when given, the first `adds` calls are `add` and the rest `count`; otherwise each
//!   call is an `add` with probability `add_percent` / 100 (default 50);
//! - `lo`, `hi`: both coordinates in `lo..=hi` (defaults 0 and 1000); `x_lo`, `x_hi`, `y_lo`,
//!   `y_hi` narrow one axis (default `lo` and `hi`);
//! - `planted`: a percentage (default 0): an `add` then adds three corners of a random square
//!   (of side at least 1, inside the range) in three consecutive calls when they fit (before
//!   the counts begin, with `adds`), and a `count` asks about the fourth corner of a square
//!   planted earlier, so that answers are not all zero on a wide range;
//! - `class`: the class name (default `"DetectSquares"`).

use super::common::{within};
use super::common::Script;
use super::{Rng, Size, common::need};
use serde_json::{json, Value};

params! {
    size: Size::n(1).clamp(&["adds"]),
    {
        n: i64, lo: i64 = 0, hi: i64 = 1000, x_lo: Option<i64>, x_hi: Option<i64>,
        y_lo: Option<i64>, y_hi: Option<i64>, adds: Option<i64>, add_percent: i64 = 50,
        planted: i64 = 0, class: String = "DetectSquares".into(),
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    within("n", n, 1..=100_000)?;
    let (x_lo, x_hi) = (
        params.x_lo.unwrap_or(params.lo),
        params.x_hi.unwrap_or(params.hi),
    );
    let (y_lo, y_hi) = (
        params.y_lo.unwrap_or(params.lo),
        params.y_hi.unwrap_or(params.hi),
    );
    if x_lo > x_hi || y_lo > y_hi {
        return Err("each axis needs its low bound <= its high bound".to_string());
    }
    let adds = match params.adds {
        None => None,
        Some(_) => Some(need(params.adds, "adds")?),
    };
    if adds.is_some_and(|a| !(0..=n).contains(&a)) {
        return Err("`adds` must be in 0..=n".to_string());
    }
    if !(0..=100).contains(&params.add_percent) || !(0..=100).contains(&params.planted) {
        return Err("`add_percent` and `planted` are percentages (0..=100)".to_string());
    }
    let class = params.class.as_str();
    let max_side = (x_hi - x_lo).min(y_hi - y_lo);
    let point = |rng: &mut Rng| [rng.range(x_lo, x_hi), rng.range(y_lo, y_hi)];

    let mut calls = Script::new(class, json!([]));
    let mut fourth: Vec<[i64; 2]> = Vec::new();
    let mut made = 0;
    while made < n {
        let is_add = match adds {
            Some(a) => made < a,
            None => rng.chance(params.add_percent as u64, 100),
        };
        if is_add {
            let room = adds.unwrap_or(n) - made;
            if room >= 3 && max_side >= 1 && params.planted > 0 && rng.chance(params.planted as u64, 100) {
                let d = rng.range(1, max_side);
                let (x, y) = (rng.range(x_lo, x_hi - d), rng.range(y_lo, y_hi - d));
                let mut corners = vec![[x, y], [x + d, y], [x, y + d], [x + d, y + d]];
                rng.shuffle(&mut corners);
                fourth.push(corners.pop().expect("four corners"));
                for c in corners {
                    calls.call("add", json!([c]));
                }
                made += 3;
                continue;
            }
            calls.call("add", json!([point(rng)]));
        } else {
            let p = if !fourth.is_empty() && params.planted > 0 && rng.chance(params.planted as u64, 100) {
                *rng.pick(&fourth)
            } else {
                point(rng)
            };
            calls.call("count", json!([p]));
        }
        made += 1;
    }
    Ok(calls.into_case())
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();
    use std::collections::HashMap;

    fn calls(case: &Value) -> Vec<(String, [i64; 2])> {
        let ops = case["ops"].as_array().unwrap();
        let args = case["args"].as_array().unwrap();
        assert_eq!(ops[0], json!("DetectSquares"));
        assert_eq!(args[0], json!([]));
        ops[1..]
            .iter()
            .zip(&args[1..])
            .map(|(o, a)| {
                let p: [i64; 2] = serde_json::from_value(a[0].clone()).unwrap();
                (o.as_str().unwrap().to_string(), p)
            })
            .collect()
    }

    #[test]
    fn shape_ranges_and_adds_first() {
        let p = params(json!({"n": 3000, "adds": 1000, "x_lo": 5, "x_hi": 9, "hi": 40}));
        let case = generate(&p, &mut Rng::new(1)).unwrap();
        let c = calls(&case);
        assert_eq!(c.len(), 3000);
        assert!(c[..1000].iter().all(|(o, _)| o == "add"));
        assert!(c[1000..].iter().all(|(o, _)| o == "count"));
        assert!(c
            .iter()
            .all(|(_, [x, y])| (5..=9).contains(x) && (0..=40).contains(y)));
        assert_eq!(case, generate(&p, &mut Rng::new(1)).unwrap());
        let mixed = calls(&generate(&params(json!({"n": 2000})), &mut Rng::new(2)).unwrap());
        let added = mixed.iter().filter(|(o, _)| o == "add").count();
        assert!((800..1200).contains(&added), "{added}");
    }

    #[test]
    fn planted_counts_find_squares() {
        let p = params(json!({"n": 3000, "adds": 1500, "planted": 100}));
        let c = calls(&generate(&p, &mut Rng::new(3)).unwrap());
        assert_eq!(c.len(), 3000);
        let mut seen: HashMap<[i64; 2], u64> = HashMap::new();
        for (o, p) in &c {
            if o == "add" {
                *seen.entry(*p).or_default() += 1;
                continue;
            }
            // Every planted query has a square: some stored point on its column at a
            // distance d with the two other corners stored too.
            let [x, y] = *p;
            let found = seen.keys().any(|&[a, b]| {
                a == x && b != y && {
                    let d = b - y;
                    [x - d, x + d]
                        .iter()
                        .any(|&e| seen.contains_key(&[e, y]) && seen.contains_key(&[e, b]))
                }
            });
            assert!(found, "no square at {p:?}");
        }
    }

    #[test]
    fn rejects_bad_parameters() {
        for bad in [
            json!({}),
            json!({"n": 0}),
            json!({"n": 5, "adds": 6}),
            json!({"n": 5, "lo": 3, "hi": 2}),
            json!({"n": 5, "add_percent": 101}),
            json!({"n": 5, "planted": -1}),
        ] {
            assert!(
                generate(&params(bad.clone()), &mut Rng::new(1)).is_err(),
                "{bad}"
            );
        }
    }
}
