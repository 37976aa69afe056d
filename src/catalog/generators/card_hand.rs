//! `card_hand`: `{"hand", "groupSize"}` for hand-of-straights: a hand of card values that can
//! (or, with `answer` `"false"`, cannot) be split into straights of `groupSize` consecutive
//! values.
//!
//! A splittable hand is made of `n / group` straights, each starting at a value drawn from
//! `lo..=min(hi - group + 1, lo + spread)`; a small `spread` makes the straights overlap, so a
//! value appears many times. A hand that cannot be split is such a hand with one card changed
//! to another value of the same range, checked (and redrawn, up to 100 times) with the greedy
//! smallest-card-first rule.
//!
//! Parameters:
//! - `n`: the number of cards (required, `1..=1_000_000`, a multiple of `group`);
//! - `group`: the straight length (required, `1..=n`);
//! - `lo`, `hi`: card values (defaults 0 and 10^9);
//! - `spread`: how far apart the straights may start (default: the whole range);
//! - `answer`: `"true"` (the default) or `"false"`; `"false"` needs `group` >= 2;
//! - `order`: `"random"` (the default), `"ascending"` or `"descending"`.

use super::common::{choice, Order};
use super::{lower, RawParams, Rng, Size};
use serde_json::{json, Value};
use std::collections::BTreeMap;

choice!(
    /// Whether the hand splits into straights.
    Answer { True = "true", False = "false" }
);

/// Whether `hand` splits into straights of `group` consecutive values.
fn splits(hand: &[i64], group: i64) -> bool {
    let mut count: BTreeMap<i64, i64> = BTreeMap::new();
    for &v in hand {
        *count.entry(v).or_insert(0) += 1;
    }
    while let Some((&v, &x)) = count.iter().next() {
        for w in v..v + group {
            match count.get_mut(&w) {
                Some(c) if *c >= x => {
                    *c -= x;
                    if *c == 0 {
                        count.remove(&w);
                    }
                }
                _ => return false,
            }
        }
    }
    true
}

params! {
    size: Size::n(2),
    resize: resize,
    {
        n: i64, group: i64, lo: i64 = 0, hi: i64 = 1_000_000_000, #[serde(default)] answer: Answer,
        #[serde(default)] order: Order, spread: Option<i64>,
    }
}

/// A whole number of groups.
fn resize(raw: &mut RawParams, n: u64) {
    lower(raw, "group", n);
    let group = raw.get("group").and_then(Value::as_u64).unwrap_or(1).max(1);
    SIZE.apply(raw, n - n % group);
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let group = params.group;
    if !(1..=1_000_000).contains(&n) || !(1..=n).contains(&group) || n % group != 0 {
        return Err(format!(
            "need 1 <= `group` <= `n` <= 10^6 with `n` a multiple of `group`, got {group} and {n}"
        ));
    }
    if params.hi - params.lo + 1 < group {
        return Err(format!("`lo..=hi` must hold a straight of {group} values"));
    }
    let top = params.hi - group + 1;
    let spread = params.spread.unwrap_or(top - params.lo);
    if spread < 0 {
        return Err("`spread` must not be negative".to_string());
    }
    let top = top.min(params.lo + spread);
    if params.answer == Answer::False && group < 2 {
        return Err(
            "every hand splits into straights of 1: `false` needs `group` >= 2".to_string(),
        );
    }
    let mut hand: Vec<i64> = Vec::with_capacity(n as usize);
    for _ in 0..n / group {
        let s = rng.range(params.lo, top);
        hand.extend(s..s + group);
    }
    if params.answer == Answer::False {
        let mut tries = 0;
        loop {
            let i = rng.index(hand.len());
            let old = hand[i];
            let new = rng.range(params.lo, top + group - 1);
            if new != old {
                hand[i] = new;
                if !splits(&hand, group) {
                    break;
                }
                hand[i] = old;
            }
            tries += 1;
            if tries == 100 {
                return Err("found no card change that breaks the hand".to_string());
            }
        }
    }
    if params.order == Order::Random {
        rng.shuffle(&mut hand);
    } else {
        params.order.sort(&mut hand);
    }
    Ok(json!({"hand": hand, "groupSize": group}))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn answers_are_as_asked() {
        assert!(splits(&[1, 2, 3, 2, 3, 4], 3));
        assert!(!splits(&[1, 2, 4, 6], 2));
        for seed in 0..30 {
            let p = json!({"n": 60, "group": 4, "lo": 0, "hi": 20, "spread": 5});
            let (hand, g) = case(p, seed);
            assert_eq!(hand.len(), 60);
            assert!(hand.iter().all(|x| (0..=20).contains(x)));
            assert!(splits(&hand, g));
            let p = json!({"n": 60, "group": 4, "lo": 0, "hi": 20, "answer": "false"});
            let (hand, g) = case(p, seed);
            assert!(hand.iter().all(|x| (0..=20).contains(x)));
            assert!(!splits(&hand, g));
        }
        let (hand, _) = case(json!({"n": 50, "group": 1, "order": "descending"}), 1);
        assert!(hand.windows(2).all(|w| w[0] >= w[1]));
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({"n": 5})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "group": 2})), &mut rng).is_err());
        assert!(generate(
            &params(json!({"n": 4, "group": 2, "lo": 3, "hi": 3})),
            &mut rng
        )
        .is_err());
        let p = params(json!({"n": 4, "group": 1, "answer": "false"}));
        assert!(generate(&p, &mut rng).is_err());
        assert!(generate(&params(json!({"n": 4, "group": 2, "order": "x"})), &mut rng).is_err());
    }

    fn case(p: Value, seed: u64) -> (Vec<i64>, i64) {
        let v = made(p, seed);
        let hand = ints(&v["hand"]);
        (hand, v["groupSize"].as_i64().unwrap())
    }
}
