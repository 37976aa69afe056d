//! `bst`: a binary search tree of distinct values in LeetCode's level order, optionally with
//! values of some of its nodes (the `p`, `q` of lowest-common-ancestor).
//!
//! Parameters: `n` (node count, required, `0..=1_000_000`); `lo`, `hi` (values drawn without
//! repetition from `lo..=hi`, default `-10^9..=10^9`); `shape`: `"random"` (the default: the
//! root of every subtree drawn uniformly, so depth about 3 log n), `"balanced"` (height
//! `floor(log2 n)`), `"chain_right"` / `"chain_left"` (every node a right / left child: depth
//! n), `"zigzag"` (one path of depth n turning at every node); `key` (the tree's parameter
//! name, default `"root"`); `nodes` (an array of parameter names, each given the value of a
//! different node); `pick`: `"random"` (the default) or `"deep"` (those nodes are drawn from
//! the deepest quarter of the tree); `rank` (a parameter name, given a 1-based rank
//! `1..=n` in the sorted order of the values, the `k` of kth-smallest) with `rank_at`:
//! `"random"` (the default: uniform in `1..=n`), `"first"` (1) or `"last"` (n). Without
//! `rank`, no random number is drawn for it, so older cases are unchanged.

use super::common::choice;
use super::tree_shape::Links;
use super::common::{within};
use super::{widen, RawParams, Rng, Size};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

choice!(
    /// How each subtree picks its root among its values.
    Shape {
        Random = "random",
        Balanced = "balanced",
        ChainRight = "chain_right",
        ChainLeft = "chain_left",
        Zigzag = "zigzag",
    }
);

choice!(
    /// Where the nodes named in `nodes` are drawn from.
    Pick { Random = "random", Deep = "deep" }
);

choice!(
    /// Which rank `rank` is given.
    RankAt { Random = "random", First = "first", Last = "last" }
);

/// Indices `first..=last` of the sorted values, to be made a subtree at `depth`, hung under
/// `parent` (its index, and whether this is its right child).
struct Subtree {
    first: usize,
    last: usize,
    parent: Option<(usize, bool)>,
    depth: usize,
}

/// `n` distinct values from `lo..=hi`, ascending.
fn distinct_sorted(n: usize, lo: i64, hi: i64, rng: &mut Rng) -> Vec<i64> {
    let span = (i128::from(hi) - i128::from(lo) + 1) as u128;
    if span <= 4 * n as u128 {
        let mut all: Vec<i64> = (lo..=hi).collect();
        rng.shuffle(&mut all);
        all.truncate(n);
        all.sort_unstable();
        all
    } else {
        let mut set = BTreeSet::new();
        while set.len() < n {
            set.insert(rng.range(lo, hi));
        }
        set.into_iter().collect()
    }
}

params! {
    size: Size::n(2),
    resize: resize,
    {
        n: i64, lo: i64 = -1_000_000_000, hi: i64 = 1_000_000_000, #[serde(default)] shape: Shape,
        key: String = "root".into(), #[serde(default)] pick: Pick,
        nodes: Vec<String> = Vec::new(), rank: Option<String>, #[serde(default)] rank_at: RankAt,
    }
}

/// A value range wide enough for `n` distinct values.
fn resize(raw: &mut RawParams, n: u64) {
    SIZE.apply(raw, n);
    widen(raw, n);
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let (lo, hi, shape, names) = (params.lo, params.hi, params.shape, &params.nodes);
    within("n", n, 0..=1_000_000)?;
    if lo > hi || i128::from(hi) - i128::from(lo) + 1 < i128::from(n) {
        return Err(format!(
            "`lo..=hi` ({lo}..={hi}) must hold {n} distinct values"
        ));
    }
    if params.rank.is_some() && n == 0 {
        return Err("`rank` asked of an empty tree".to_string());
    }
    if names.len() > n as usize {
        return Err(format!("{} `nodes` asked of a tree of {n}", names.len()));
    }
    let n = n as usize;
    let vals = distinct_sorted(n, lo, hi, rng);

    // Node i holds vals[i]; each subtree covers a range of indices and picks its root in it.
    let mut links = Links {
        left: vec![None; n],
        right: vec![None; n],
    };
    let mut depth = vec![0usize; n];
    let mut root = None;
    let mut stack: Vec<Subtree> = Vec::new();
    if n > 0 {
        stack.push(Subtree {
            first: 0,
            last: n - 1,
            parent: None,
            depth: 0,
        });
    }
    while let Some(Subtree {
        first: a,
        last: b,
        parent,
        depth: d,
    }) = stack.pop()
    {
        let r = match shape {
            Shape::Random => rng.range(a as i64, b as i64) as usize,
            Shape::Balanced => a + (b - a) / 2,
            Shape::ChainRight => a,
            Shape::ChainLeft => b,
            Shape::Zigzag if d % 2 == 0 => a,
            Shape::Zigzag => b,
        };
        depth[r] = d;
        match parent {
            None => root = Some(r),
            Some((p, is_right)) => links.attach(p, is_right, r),
        }
        if r > a {
            stack.push(Subtree {
                first: a,
                last: r - 1,
                parent: Some((r, false)),
                depth: d + 1,
            });
        }
        if r < b {
            stack.push(Subtree {
                first: r + 1,
                last: b,
                parent: Some((r, true)),
                depth: d + 1,
            });
        }
    }

    let mut out = Map::new();
    out.insert(params.key.clone(), links.level_order(root, |i| json!(vals[i])));
    if !names.is_empty() {
        let mut pool: Vec<usize> = (0..n).collect();
        if params.pick == Pick::Deep {
            pool.sort_by_key(|&i| std::cmp::Reverse(depth[i]));
            pool.truncate((n / 4).max(names.len()));
        }
        // A partial shuffle: the first names.len() entries become distinct random picks.
        for (k, name) in names.iter().enumerate() {
            let j = k + rng.below((pool.len() - k) as u64) as usize;
            pool.swap(k, j);
            out.insert(name.clone(), json!(vals[pool[k]]));
        }
    }
    if let Some(name) = &params.rank {
        let k = match params.rank_at {
            RankAt::First => 1,
            RankAt::Last => n as i64,
            RankAt::Random => rng.range(1, n as i64),
        };
        out.insert(name.to_string(), json!(k));
    }
    Ok(Value::Object(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();
    use std::collections::VecDeque;

    /// Decodes level order into (values, left, right, depth) by index.
    #[allow(clippy::type_complexity)]
    fn decode(level: &[Value]) -> (Vec<i64>, Vec<Option<usize>>, Vec<Option<usize>>, usize) {
        let mut vals = Vec::new();
        let (mut left, mut right, mut depth) = (Vec::new(), Vec::new(), Vec::new());
        if level.is_empty() {
            return (vals, left, right, 0);
        }
        vals.push(level[0].as_i64().unwrap());
        left.push(None);
        right.push(None);
        depth.push(1);
        let mut queue = VecDeque::from([0usize]);
        let mut items = level[1..].iter();
        'outer: while let Some(p) = queue.pop_front() {
            for side in 0..2 {
                let Some(item) = items.next() else {
                    break 'outer;
                };
                if let Some(v) = item.as_i64() {
                    let id = vals.len();
                    vals.push(v);
                    left.push(None);
                    right.push(None);
                    depth.push(depth[p] + 1);
                    if side == 0 {
                        left[p] = Some(id);
                    } else {
                        right[p] = Some(id);
                    }
                    queue.push_back(id);
                }
            }
        }
        let height = depth.iter().copied().max().unwrap_or(0);
        (vals, left, right, height)
    }

    fn in_order(i: usize, left: &[Option<usize>], right: &[Option<usize>], out: &mut Vec<usize>) {
        if let Some(l) = left[i] {
            in_order(l, left, right, out);
        }
        out.push(i);
        if let Some(r) = right[i] {
            in_order(r, left, right, out);
        }
    }

    fn check(p: Value, seed: u64) -> (Value, usize) {
        let case = generate(&params(p.clone()), &mut Rng::new(seed)).unwrap();
        let level = case["root"].as_array().unwrap();
        let (vals, left, right, height) = decode(level);
        assert_eq!(vals.len() as i64, p["n"].as_i64().unwrap());
        assert!(!matches!(level.last(), Some(Value::Null)));
        if !vals.is_empty() {
            let mut order = Vec::new();
            in_order(0, &left, &right, &mut order);
            let sorted: Vec<i64> = order.iter().map(|&i| vals[i]).collect();
            assert!(
                sorted.windows(2).all(|w| w[0] < w[1]),
                "not a BST of distinct values"
            );
        }
        (case, height)
    }

    #[test]
    fn every_shape_is_a_bst_with_the_expected_height() {
        for seed in 0..20 {
            let (_, h) = check(json!({"n": 200, "lo": -300, "hi": 300}), seed);
            assert!(h < 60);
        }
        assert_eq!(check(json!({"n": 1023, "shape": "balanced"}), 1).1, 10);
        assert_eq!(check(json!({"n": 300, "shape": "chain_right"}), 1).1, 300);
        assert_eq!(check(json!({"n": 300, "shape": "chain_left"}), 1).1, 300);
        assert_eq!(check(json!({"n": 301, "shape": "zigzag"}), 1).1, 301);
        assert_eq!(check(json!({"n": 0}), 1).0, json!({"root": []}));
        assert_eq!(
            check(json!({"n": 1, "lo": 5, "hi": 5}), 1).0,
            json!({"root": [5]})
        );
        let (case, _) = check(
            json!({"n": 100, "lo": 1, "hi": 100, "shape": "balanced"}),
            3,
        );
        assert_eq!(case["root"][0], json!(50));
    }

    #[test]
    fn picked_nodes_are_distinct_nodes_of_the_tree() {
        for seed in 0..30 {
            let p = json!({"n": 50, "nodes": ["p", "q"], "shape": "zigzag", "pick": "deep"});
            let (case, _) = check(p, seed);
            let vals: Vec<i64> = case["root"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(Value::as_i64)
                .collect();
            let (a, b) = (case["p"].as_i64().unwrap(), case["q"].as_i64().unwrap());
            assert_ne!(a, b);
            // The deepest quarter of a path are its last 12 nodes in level order.
            assert!(vals[38..].contains(&a) && vals[38..].contains(&b));
        }
        let (case, _) = check(json!({"n": 2, "nodes": ["p", "q"]}), 5);
        assert_ne!(case["p"], case["q"]);
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "shape": "bushy"})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "lo": 1, "hi": 4})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 1, "nodes": ["p", "q"]})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 3, "nodes": "p"})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 3, "pick": "far"})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 0, "rank": "k"})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 3, "rank": 1})), &mut rng).is_err());
        let bad = json!({"n": 3, "rank": "k", "rank_at": "middle"});
        assert!(generate(&params(bad), &mut rng).is_err());
    }

    #[test]
    fn rank_is_in_range_and_leaves_the_tree_unchanged() {
        for seed in 0..30 {
            let plain = check(json!({"n": 40, "lo": 0, "hi": 60}), seed).0;
            let (case, _) = check(json!({"n": 40, "lo": 0, "hi": 60, "rank": "k"}), seed);
            assert_eq!(case["root"], plain["root"]);
            let k = case["k"].as_i64().unwrap();
            assert!((1..=40).contains(&k));
        }
        let last = json!({"n": 7, "rank": "k", "rank_at": "last"});
        assert_eq!(check(last, 1).0["k"], json!(7));
        let first = json!({"n": 7, "rank": "k", "rank_at": "first"});
        assert_eq!(check(first, 1).0["k"], json!(1));
    }
}
