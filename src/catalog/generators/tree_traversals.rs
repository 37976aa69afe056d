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

use super::common::choice;
use super::tree_shape::{Links, TreeShape};
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Map, Value};

choice!(
    /// A depth-first traversal, keyed in the case by its own name.
    Traversal { Preorder = "preorder", Inorder = "inorder", Postorder = "postorder" }
);

params! {
    size: Size::n(1),
    {
        n: i64, lo: i64 = -3000, hi: i64 = 3000, #[serde(default)] shape: TreeShape,
        orders: Vec<Traversal> = vec![Traversal::Preorder, Traversal::Inorder],
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let (n, lo, hi) = (params.n, params.lo, params.hi);
    within("n", n, 0..=1_000_000)?;
    if lo > hi || i128::from(hi) - i128::from(lo) + 1 < i128::from(n) {
        return Err(format!(
            "`lo..=hi` ({lo}..={hi}) must hold {n} distinct values"
        ));
    }
    let n = n as usize;
    let links = Links::grow(params.shape, n, rng);
    let values = super::binary_tree::draw_values(n, lo, hi, true, rng);
    let mut out = Map::new();
    for &order in &params.orders {
        let seq = walk(order, &links);
        let vals: Vec<Value> = seq.iter().map(|&i| json!(values[i])).collect();
        out.insert(order.as_str().to_string(), Value::Array(vals));
    }
    Ok(Value::Object(out))
}

/// Node indices in the given order, walked with an explicit stack (chains are deep).
fn walk(order: Traversal, links: &Links) -> Vec<usize> {
    let n = links.left.len();
    let mut out = Vec::with_capacity(n);
    if n == 0 {
        return out;
    }
    // The visit at which `order` takes a node: 0 entering, 1 after its left, 2 after its right.
    let at = order as u8;
    let mut stack = vec![(0usize, 0u8)];
    while let Some((node, visit)) = stack.pop() {
        if visit == at {
            out.push(node);
        }
        let next = match visit {
            0 => links.left[node],
            1 => links.right[node],
            _ => continue,
        };
        stack.push((node, visit + 1));
        if let Some(child) = next {
            stack.push((child, 0));
        }
    }
    out
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
