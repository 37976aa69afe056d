//! `tree_traversals`: the traversals of one binary tree of pairwise distinct values, each
//! under its own key, as construct-binary-tree-from-preorder-and-inorder-traversal takes.
//!
//! Parameters:
//! - `n`: the number of nodes (required, `0..=1_000_000`);
//! - `lo`, `hi`: distinct values are drawn from `lo..=hi` (defaults -3000 and 3000; the range
//!   must hold `n` values);
//! - `shape`: `"random"` (the default: each new node takes a uniformly chosen free child
//!   slot, so the depth is about logarithmic), `"chain"` (each node one child on a random
//!   side), `"left-chain"`, `"right-chain"`, or `"complete"`;
//! - `orders`: the traversals to output, in this order, each keyed by its own name, from
//!   `"preorder"`, `"inorder"`, `"postorder"` (default `["preorder", "inorder"]`).

use super::{Rng, Size};
use serde_json::{json, Map, Value};

params! {
    size: Size::n(1),
    {
        n: i64, lo: i64 = -3000, hi: i64 = 3000, shape: Option<Value>, orders: Option<Value>,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let lo = params.lo;
    let hi = params.hi;
    let shape = match params.shape.as_ref() {
        None => "random",
        Some(v) => v.as_str().ok_or("parameter `shape` must be a string")?,
    };
    let orders: Vec<&str> = match params.orders.as_ref() {
        None => vec!["preorder", "inorder"],
        Some(v) => v
            .as_array()
            .and_then(|a| a.iter().map(Value::as_str).collect::<Option<Vec<_>>>())
            .ok_or("parameter `orders` must be an array of strings")?,
    };
    if !(0..=1_000_000).contains(&n) {
        return Err(format!("`n` must be in 0..=1000000, not {n}"));
    }
    if lo > hi || i128::from(hi) - i128::from(lo) + 1 < i128::from(n) {
        return Err(format!(
            "`lo..=hi` ({lo}..={hi}) must hold {n} distinct values"
        ));
    }
    let n = n as usize;
    let mut left: Vec<Option<usize>> = vec![None; n];
    let mut right: Vec<Option<usize>> = vec![None; n];
    match shape {
        "random" => {
            let mut free: Vec<(usize, bool)> = Vec::new();
            for node in 0..n {
                if node > 0 {
                    let k = rng.index(free.len());
                    let (parent, is_right) = free.swap_remove(k);
                    if is_right {
                        right[parent] = Some(node);
                    } else {
                        left[parent] = Some(node);
                    }
                }
                free.push((node, false));
                free.push((node, true));
            }
        }
        "chain" | "left-chain" | "right-chain" => {
            for node in 1..n {
                let is_right = match shape {
                    "left-chain" => false,
                    "right-chain" => true,
                    _ => rng.chance(1, 2),
                };
                if is_right {
                    right[node - 1] = Some(node);
                } else {
                    left[node - 1] = Some(node);
                }
            }
        }
        "complete" => {
            for node in 1..n {
                if node % 2 == 0 {
                    right[(node - 1) / 2] = Some(node);
                } else {
                    left[(node - 1) / 2] = Some(node);
                }
            }
        }
        other => {
            return Err(format!(
                "`shape` must be random, chain, left-chain, right-chain or complete, not `{other}`"
            ))
        }
    }
    let values = super::binary_tree::draw_values(n, lo, hi, true, rng);
    let mut out = Map::new();
    for order in orders {
        let seq = walk(order, &left, &right)?;
        let vals: Vec<Value> = seq.iter().map(|&i| json!(values[i])).collect();
        out.insert(order.to_string(), Value::Array(vals));
    }
    Ok(Value::Object(out))
}

/// Node indices in the named order, walked with an explicit stack (chains are deep).
fn walk(
    order: &str,
    left: &[Option<usize>],
    right: &[Option<usize>],
) -> Result<Vec<usize>, String> {
    let n = left.len();
    let mut out = Vec::with_capacity(n);
    if n == 0 {
        if !matches!(order, "preorder" | "inorder" | "postorder") {
            return Err(format!("unknown order `{order}`"));
        }
        return Ok(out);
    }
    // (node, visits so far): 0 = not entered, 1 = left done, 2 = right done.
    let mut stack = vec![(0usize, 0u8)];
    while let Some((node, state)) = stack.pop() {
        match state {
            0 => {
                if order == "preorder" {
                    out.push(node);
                }
                stack.push((node, 1));
                if let Some(l) = left[node] {
                    stack.push((l, 0));
                }
            }
            1 => {
                if order == "inorder" {
                    out.push(node);
                }
                stack.push((node, 2));
                if let Some(r) = right[node] {
                    stack.push((r, 0));
                }
            }
            _ => {
                if order == "postorder" {
                    out.push(node);
                }
            }
        }
    }
    match order {
        "preorder" | "inorder" | "postorder" => Ok(out),
        other => Err(format!("unknown order `{other}`")),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    test_generate!();

    #[test]
    fn traversals_agree_on_values_and_are_distinct() {
        for shape in ["random", "chain", "left-chain", "right-chain", "complete"] {
            for seed in 0..5 {
                let p = params(json!({"n": 300, "shape": shape}));
                let case = generate(&p, &mut Rng::new(seed)).unwrap();
                let pre = ints(&case["preorder"]);
                let ino = ints(&case["inorder"]);
                assert_eq!(pre.len(), 300);
                let a: HashSet<i64> = pre.iter().copied().collect();
                let b: HashSet<i64> = ino.iter().copied().collect();
                assert_eq!(a.len(), 300);
                assert_eq!(a, b);
                assert!(pre.iter().all(|v| (-3000..=3000).contains(v)));
            }
        }
    }

    #[test]
    fn known_shapes() {
        let p = params(json!({"n": 3, "shape": "left-chain", "lo": 1, "hi": 3,
                              "orders": ["preorder", "inorder", "postorder"]}));
        let case = generate(&p, &mut Rng::new(1)).unwrap();
        let pre = ints(&case["preorder"]);
        let mut rev = pre.clone();
        rev.reverse();
        assert_eq!(ints(&case["inorder"]), rev);
        assert_eq!(ints(&case["postorder"]), rev);
        let p = params(json!({"n": 3, "shape": "complete"}));
        let case = generate(&p, &mut Rng::new(1)).unwrap();
        let (pre, ino) = (ints(&case["preorder"]), ints(&case["inorder"]));
        assert_eq!(pre[0], ino[1]);
        assert_eq!(pre[1], ino[0]);
        let empty = generate(&params(json!({"n": 0})), &mut Rng::new(1)).unwrap();
        assert_eq!(empty, json!({"preorder": [], "inorder": []}));
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "shape": "star"})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "lo": 1, "hi": 3})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "orders": ["levelorder"]})), &mut rng).is_err());
    }
}
