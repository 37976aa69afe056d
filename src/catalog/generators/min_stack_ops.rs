//! `min_stack_ops`: a `{"ops", "args"}` run of a `MinStack` (push, pop, top, getMin) in which
//! pop, top and getMin are only ever called on a non-empty stack.
//!
//! Parameters:
//! - `n`: the number of calls after the constructor (at least 1);
//! - `lo`, `hi`: pushed values come from `lo..=hi` (default: the whole 32-bit range);
//! - `pattern`:
//!   - `"random"` (the default): push 40%, pop, top and getMin 20% each (push when empty);
//!   - `"push-then-min"`: `pushes` pushes (default `n / 2`), then getMin for the rest: the
//!     worst case for a getMin that rescans the stack;
//!   - `"sawtooth"`: push up to `depth` values (default 1000), then pop with a getMin after
//!     each pop down to one value, and again, so the minimum keeps being restored.

use super::common::choice;
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};

choice!(
    /// The order of the calls.
    Pattern { Random = "random", PushThenMin = "push-then-min", Sawtooth = "sawtooth" }
);

params! {
    size: Size::n(2).clamp(&["pushes", "depth"]),
    {
        n: i64, lo: i64 = i32::MIN as i64, hi: i64 = i32::MAX as i64, #[serde(default)] pattern: Pattern, pushes: Option<i64>,
        depth: Option<i64>,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let lo = params.lo;
    let hi = params.hi;
    if n < 1 {
        return Err(format!("`n` must be at least 1, not {n}"));
    }
    if lo > hi {
        return Err(format!("`lo` ({lo}) is above `hi` ({hi})"));
    }
    let n = n as usize;
    let mut calls: Vec<(&str, Value)> = Vec::with_capacity(n + 1);
    calls.push(("MinStack", json!([])));
    let mut size = 0usize;
    match params.pattern {
        Pattern::Random => {
            for _ in 0..n {
                let roll = if size == 0 { 0 } else { rng.below(5) };
                match roll {
                    0 | 1 => {
                        calls.push(("push", json!([rng.range(lo, hi)])));
                        size += 1;
                    }
                    2 => {
                        calls.push(("pop", json!([])));
                        size -= 1;
                    }
                    3 => calls.push(("top", json!([]))),
                    _ => calls.push(("getMin", json!([]))),
                }
            }
        }
        Pattern::PushThenMin => {
            let pushes = params.pushes.unwrap_or((n / 2) as i64);
            within("pushes", pushes, 1..=n as i64)?;
            for i in 0..n {
                if i < pushes as usize {
                    calls.push(("push", json!([rng.range(lo, hi)])));
                } else {
                    calls.push(("getMin", json!([])));
                }
            }
        }
        Pattern::Sawtooth => {
            let depth = params.depth.unwrap_or(1000);
            if depth < 2 {
                return Err(format!("`depth` must be at least 2, not {depth}"));
            }
            let depth = depth as usize;
            let mut rising = true;
            let mut made = 0;
            while made < n {
                if rising {
                    calls.push(("push", json!([rng.range(lo, hi)])));
                    size += 1;
                    made += 1;
                    rising = size < depth;
                } else if size > 1 && made % 2 == 0 {
                    calls.push(("pop", json!([])));
                    size -= 1;
                    made += 1;
                } else {
                    calls.push(("getMin", json!([])));
                    made += 1;
                    rising = size == 1;
                }
            }
        }
    }
    let (ops, args): (Vec<&str>, Vec<Value>) = calls.into_iter().unzip();
    Ok(json!({"ops": ops, "args": args}))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    /// Replays a run; panics on a call to an empty stack. Returns (ops, the largest size).
    fn replay(v: &Value, lo: i64, hi: i64) -> (Vec<String>, usize) {
        let ops: Vec<String> = strings(&v["ops"]);
        let args = v["args"].as_array().unwrap();
        assert_eq!(ops.len(), args.len());
        assert_eq!(ops[0], "MinStack");
        let mut stack = Vec::new();
        let mut largest = 0;
        for (op, arg) in ops.iter().zip(args).skip(1) {
            match op.as_str() {
                "push" => {
                    let x = arg[0].as_i64().unwrap();
                    assert!((lo..=hi).contains(&x));
                    stack.push(x);
                    largest = largest.max(stack.len());
                }
                "pop" => {
                    stack.pop().expect("pop on an empty stack");
                }
                "top" | "getMin" => {
                    assert!(!stack.is_empty(), "{op} on an empty stack");
                    assert_eq!(arg.as_array().unwrap().len(), 0);
                }
                other => panic!("unknown op {other}"),
            }
        }
        (ops, largest)
    }

    #[test]
    fn every_pattern_is_valid() {
        let full = (i32::MIN as i64, i32::MAX as i64);
        for seed in 0..20 {
            let v = generate(&params(json!({"n": 3000})), &mut Rng::new(seed)).unwrap();
            let (ops, _) = replay(&v, full.0, full.1);
            assert_eq!(ops.len(), 3001);
            for op in ["push", "pop", "top", "getMin"] {
                assert!(ops.iter().any(|o| o == op), "{op} never made");
            }
            let p = json!({"n": 500, "pattern": "sawtooth", "depth": 20, "lo": -3, "hi": 3});
            let v = generate(&params(p), &mut Rng::new(seed)).unwrap();
            let (ops, largest) = replay(&v, -3, 3);
            assert_eq!((ops.len(), largest), (501, 20));
        }
        let p = json!({"n": 30000, "pattern": "push-then-min"});
        let v = generate(&params(p), &mut Rng::new(1)).unwrap();
        let (ops, largest) = replay(&v, full.0, full.1);
        assert_eq!(largest, 15000);
        assert_eq!(ops.iter().filter(|o| *o == "getMin").count(), 15000);
        let v = generate(&params(json!({"n": 1})), &mut Rng::new(1)).unwrap();
        assert_eq!(replay(&v, full.0, full.1).0, vec!["MinStack", "push"]);
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({"n": 0})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "pattern": "zigzag"})), &mut rng).is_err());
        let p = json!({"n": 5, "pattern": "push-then-min", "pushes": 0});
        assert!(generate(&params(p), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "lo": 2, "hi": 1})), &mut rng).is_err());
    }
}
