//! `rpn_expression`: `{"tokens"}`, a valid arithmetic expression in reverse Polish notation
//! (operands as decimal strings, operators `+ - * /`), as in evaluate-reverse-polish-notation.
//!
//! Parameters: `n` (token count, odd, 1 to 10 000: `(n + 1) / 2` operands and `(n - 1) / 2`
//! operators); `lo`, `hi` (operands drawn uniformly from `lo..=hi`, default -200 and 200, within
//! -200..=200); `shape`: `"random"` (the default: while both are possible, an operand or an
//! operator with even odds) or `"deep"` (every operand first, then every operator, so the
//! stack grows to `(n + 1) / 2`); `ops` (the operators allowed, a string drawn from `"+-*/"`,
//! default all four).
//!
//! Each operator is drawn among the allowed ones that keep the result in the 32-bit signed
//! range and do not divide by zero (division truncates toward zero). When none of the allowed
//! ones fits, the first of `+ - /` that does is used (one always does: `a + 0`, `a / b` for
//! `b != 0` unless `a = -2^31, b = -1`, where `a - b` fits). So every intermediate value fits
//! in 32 bits, as the problem promises.

use super::common::choice;
use super::{RawParams, Rng, Size};
use serde_json::{json, Value};

const I32: std::ops::RangeInclusive<i64> = (i32::MIN as i64)..=(i32::MAX as i64);

fn apply(op: u8, a: i64, b: i64) -> Option<i64> {
    let r = match op {
        b'+' => a + b,
        b'-' => a - b,
        b'*' => a * b,
        _ => {
            if b == 0 {
                return None;
            }
            a / b // Rust's `/` truncates toward zero.
        }
    };
    I32.contains(&r).then_some(r)
}

choice!(
    /// How the expression nests.
    Shape { Random = "random", Deep = "deep" }
);

params! {
    size: Size::n(1),
    resize: resize,
    {
        n: i64, lo: i64 = -200, hi: i64 = 200, #[serde(default)] shape: Shape,
        ops: String = "+-*/".into(),
    }
}

/// An odd length, which an expression of binary operators needs.
fn resize(raw: &mut RawParams, n: u64) {
    SIZE.apply(raw, n - (1 - n % 2));
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let lo = params.lo;
    let hi = params.hi;
    if !(1..=10_000).contains(&n) || n % 2 == 0 {
        return Err(format!("`n` must be odd and in 1..=10000, not {n}"));
    }
    if !(-200..=200).contains(&lo) || !(-200..=200).contains(&hi) || lo > hi {
        return Err(format!(
            "need -200 <= `lo` <= `hi` <= 200, not {lo} and {hi}"
        ));
    }
    let deep = params.shape == Shape::Deep;
    let s = &params.ops;
    if s.is_empty() || !s.bytes().all(|b| b"+-*/".contains(&b)) {
        return Err(format!("`ops` must be made of `+-*/`, not {s:?}"));
    }
    let allowed: Vec<u8> = s.bytes().collect();
    let n = n as usize;
    let operands = n.div_ceil(2);
    let mut tokens: Vec<String> = Vec::with_capacity(n);
    let mut stack: Vec<i64> = Vec::with_capacity(operands);
    let mut pushed = 0;
    for i in 0..n {
        let remaining = n - i;
        // Pushing keeps the expression completable while the stack can still be folded to
        // one value: after the push, `stack.len() + 1` values need `stack.len()` operators.
        let can_push = pushed < operands && stack.len() < remaining;
        let can_fold = stack.len() >= 2;
        let push = can_push && (!can_fold || deep || rng.chance(1, 2));
        if push {
            let x = rng.range(lo, hi);
            stack.push(x);
            tokens.push(x.to_string());
            pushed += 1;
        } else {
            let b = stack
                .pop()
                .ok_or("internal: operator with an empty stack")?;
            let a = stack.pop().ok_or("internal: operator with one operand")?;
            let fits: Vec<u8> = allowed
                .iter()
                .copied()
                .filter(|&op| apply(op, a, b).is_some())
                .collect();
            let op = if fits.is_empty() {
                *b"+-/"
                    .iter()
                    .find(|&&op| apply(op, a, b).is_some())
                    .ok_or("internal: no operator fits")?
            } else {
                *rng.pick(&fits)
            };
            stack.push(apply(op, a, b).ok_or("internal: operator does not fit")?);
            tokens.push((op as char).to_string());
        }
    }
    Ok(json!({ "tokens": tokens }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    /// Evaluates, checking every rule of the problem; returns the value and the deepest stack.
    fn eval(tokens: &[String]) -> (i64, usize) {
        let mut stack: Vec<i64> = Vec::new();
        let mut deepest = 0;
        for t in tokens {
            if let Ok(x) = t.parse::<i64>() {
                assert!((-200..=200).contains(&x), "{t}");
                stack.push(x);
            } else {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                let r = apply(t.as_bytes()[0], a, b).expect("division by zero or overflow");
                stack.push(r);
            }
            deepest = deepest.max(stack.len());
        }
        assert_eq!(stack.len(), 1);
        (stack[0], deepest)
    }

    #[test]
    fn valid_expressions() {
        for seed in 0..30 {
            for n in [1, 3, 5, 101, 9999] {
                let t = make(json!({"n": n}), seed);
                assert_eq!(t.len(), n);
                eval(&t);
            }
            let t = make(json!({"n": 2001, "shape": "deep"}), seed);
            assert_eq!(eval(&t).1, 1001);
            assert!(t[..1001].iter().all(|x| x.parse::<i64>().is_ok()));
            let t = make(json!({"n": 999, "ops": "*", "lo": 100, "hi": 200}), seed);
            eval(&t);
            assert!(
                t.iter().any(|x| x == "+" || x == "-"),
                "falls back when * overflows"
            );
            let t = make(json!({"n": 999, "ops": "/", "lo": -2, "hi": 2}), seed);
            eval(&t);
        }
        assert_eq!(make(json!({"n": 1, "lo": 7, "hi": 7}), 3), vec!["7"]);
    }

    #[test]
    fn bad_parameters() {
        for bad in [
            json!({"n": 0}),
            json!({"n": 4}),
            json!({"n": 10_001}),
            json!({"n": 3, "lo": -201}),
            json!({"n": 3, "lo": 5, "hi": 4}),
            json!({"n": 3, "shape": "wide"}),
            json!({"n": 3, "ops": "%"}),
            json!({"n": 3, "ops": ""}),
        ] {
            assert!(generate(&params(bad), &mut Rng::new(1)).is_err());
        }
    }

    fn make(v: Value, seed: u64) -> Vec<String> {
        strings(&made(v, seed)["tokens"])
    }
}
