//! `binary_tree`: one binary tree in LeetCode's level order (`null` for a missing child,
//! trailing `null`s trimmed, `[]` for no tree), under the key `key` (default `"root"`).
//!
//! Parameters:
//! - `n`: the number of nodes (0 or more);
//! - `lo`, `hi`: node values are drawn from `lo..=hi` (defaults -100 and 100);
//! - `shape`: `"random"` (the default: each new node takes a uniformly chosen free child slot,
//!   so the depth is about logarithmic), `"chain"` (every node has one child, on a random
//!   side), `"left-chain"`, `"right-chain"`, or `"complete"` (every level full but the last,
//!   filled from the left);
//! - `distinct`: 1 for pairwise distinct values (default 0);
//! - `bst`: 1 for a valid binary search tree: distinct values placed in sorted order by an
//!   in-order walk of the shape (default 0).

use super::tree_shape::{Links, TreeShape};
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

params! {
    size: Size::n(1),
    {
        n: i64, lo: i64 = -100, hi: i64 = 100, bst: Option<i64>, distinct: Option<i64>,
        key: String = "root".into(), #[serde(default)] shape: TreeShape,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let lo = params.lo;
    let hi = params.hi;
    let bst = params.bst.unwrap_or(0) != 0;
    let distinct = bst || params.distinct.unwrap_or(0) != 0;
    within("n", n, 0..=1_000_000)?;
    if lo > hi {
        return Err(format!("`lo` ({lo}) is above `hi` ({hi})"));
    }
    let n = n as usize;
    if distinct && (hi.wrapping_sub(lo) as u64) < (n as u64).saturating_sub(1) {
        return Err(format!("{lo}..={hi} holds fewer than {n} distinct values"));
    }
    let links = Links::grow(params.shape, n, rng);
    let mut values = draw_values(n, lo, hi, distinct, rng);
    if bst {
        values.sort_unstable();
        let order = in_order(&links);
        let mut placed = vec![0; n];
        for (rank, &node) in order.iter().enumerate() {
            placed[node] = values[rank];
        }
        values = placed;
    }
    let tree = links.level_order((n > 0).then_some(0), |node| json!(values[node]));
    Ok(json!({ params.key.as_str(): tree }))
}

/// `n` values from `lo..=hi`, pairwise distinct when asked (other generators share this).
pub(super) fn draw_values(n: usize, lo: i64, hi: i64, distinct: bool, rng: &mut Rng) -> Vec<i64> {
    if !distinct {
        return (0..n).map(|_| rng.range(lo, hi)).collect();
    }
    let span = hi.wrapping_sub(lo) as u64;
    if span < 4 * n as u64 {
        // A small range: shuffle all of it and keep a prefix.
        let mut all: Vec<i64> = (lo..=hi).collect();
        rng.shuffle(&mut all);
        all.truncate(n);
        return all;
    }
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let x = rng.range(lo, hi);
        if seen.insert(x) {
            out.push(x);
        }
    }
    out
}

fn in_order(s: &Links) -> Vec<usize> {
    let mut order = Vec::with_capacity(s.left.len());
    let mut stack = Vec::new();
    let mut cur = if s.left.is_empty() { None } else { Some(0) };
    while cur.is_some() || !stack.is_empty() {
        while let Some(node) = cur {
            stack.push(node);
            cur = s.left[node];
        }
        let node = stack.pop().unwrap_or_default();
        order.push(node);
        cur = s.right[node];
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();
    use std::collections::VecDeque;

    /// Rebuilds the links from a level order: (value, left, right) per node, root first.
    fn decode(level: &[Value]) -> Vec<(i64, Option<usize>, Option<usize>)> {
        let mut nodes: Vec<(i64, Option<usize>, Option<usize>)> = Vec::new();
        if level.is_empty() {
            return nodes;
        }
        nodes.push((level[0].as_i64().unwrap(), None, None));
        let mut queue = VecDeque::from([0usize]);
        let mut it = level[1..].iter();
        while let Some(parent) = queue.pop_front() {
            for side in 0..2 {
                match it.next() {
                    None => return nodes,
                    Some(Value::Null) => {}
                    Some(v) => {
                        nodes.push((v.as_i64().unwrap(), None, None));
                        let child = nodes.len() - 1;
                        if side == 0 {
                            nodes[parent].1 = Some(child);
                        } else {
                            nodes[parent].2 = Some(child);
                        }
                        queue.push_back(child);
                    }
                }
            }
        }
        nodes
    }

    fn depth(nodes: &[(i64, Option<usize>, Option<usize>)], at: Option<usize>) -> usize {
        match at {
            None => 0,
            Some(i) => 1 + depth(nodes, nodes[i].1).max(depth(nodes, nodes[i].2)),
        }
    }

    #[test]
    fn shapes_have_n_nodes_and_values_in_range() {
        for shape in ["random", "chain", "left-chain", "right-chain", "complete"] {
            for seed in 0..10 {
                let level = tree(json!({"n": 100, "shape": shape}), seed);
                let nodes = decode(&level);
                assert_eq!(nodes.len(), 100, "{shape}");
                assert!(nodes.iter().all(|(v, _, _)| (-100..=100).contains(v)));
                assert_ne!(level.last(), Some(&Value::Null));
                let d = depth(&nodes, Some(0));
                match shape {
                    "complete" => assert_eq!(d, 7),
                    "random" => assert!(d < 40, "depth {d}"),
                    _ => assert_eq!(d, 100),
                }
            }
        }
        assert_eq!(tree(json!({"n": 0}), 1), Vec::<Value>::new());
        assert_eq!(tree(json!({"n": 1, "lo": 4, "hi": 4}), 1), vec![json!(4)]);
        let left = tree(json!({"n": 3, "shape": "left-chain", "lo": 1, "hi": 1}), 1);
        assert_eq!(left, vec![json!(1), json!(1), Value::Null, json!(1)]);
    }

    #[test]
    fn bst_and_distinct() {
        for seed in 0..10 {
            let level = tree(json!({"n": 200, "bst": 1, "lo": -1000, "hi": 1000}), seed);
            let nodes = decode(&level);
            let mut order = Vec::new();
            fn walk(
                n: &[(i64, Option<usize>, Option<usize>)],
                at: Option<usize>,
                o: &mut Vec<i64>,
            ) {
                if let Some(i) = at {
                    walk(n, n[i].1, o);
                    o.push(n[i].0);
                    walk(n, n[i].2, o);
                }
            }
            walk(&nodes, Some(0), &mut order);
            assert_eq!(order.len(), 200);
            assert!(order.windows(2).all(|w| w[0] < w[1]));
        }
        let level = tree(json!({"n": 11, "distinct": 1, "lo": 0, "hi": 10}), 3);
        let mut vals: Vec<i64> = decode(&level).iter().map(|x| x.0).collect();
        vals.sort_unstable();
        assert_eq!(vals, (0..=10).collect::<Vec<_>>());
    }

    #[test]
    fn key_and_errors() {
        let v = generate(
            &params(json!({"n": 2, "key": "subRoot", "shape": "complete"})),
            &mut Rng::new(1),
        )
        .unwrap();
        assert_eq!(v["subRoot"].as_array().unwrap().len(), 2);
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({"n": 5, "shape": "star"})), &mut rng).is_err());
        assert!(generate(
            &params(json!({"n": 5, "distinct": 1, "lo": 0, "hi": 3})),
            &mut rng
        )
        .is_err());
        assert!(generate(&params(json!({"n": -1})), &mut rng).is_err());
    }

    fn tree(p: Value, seed: u64) -> Vec<Value> {
        made(p, seed)["root"].as_array().unwrap().clone()
    }
}
