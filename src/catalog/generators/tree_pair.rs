//! `tree_pair`: two binary trees in LeetCode's level order, the second one (usually) planted
//! inside the first, for problems that compare trees (same-tree, subtree-of-another-tree).
//!
//! The second tree (`m` nodes, shape `second_shape`) is made first. Then, with `relation`:
//! - `"copy"` (the default): the first tree is a host of `n - m` nodes (shape `shape`) with an
//!   exact copy of the second tree hung at one of its free child slots (`n == m`: the first
//!   tree is just the copy);
//! - `"changed-value"`: as `copy`, but the last node of the copy in level order (a deepest
//!   one) has its value `v` replaced by `v + 1` (by `v - 1` when `v == hi` and `lo < hi`; with
//!   `lo == hi` the new value is `lo + 1`, outside `lo..=hi`);
//! - `"extra-leaf"`: as `copy`, plus one more node (value drawn from `lo..=hi`) as a child of
//!   the last node of the copy in level order; the host then has `n - m - 1` nodes;
//! - `"independent"`: the first tree has `n` nodes of shape `shape`, unrelated to the second.
//!
//! Parameters: `n` (nodes of the first tree), `m` (nodes of the second, 0 or more), `lo`, `hi`
//! (values, defaults -100 and 100), `shape`, `second_shape` (`"random"`: each new node takes
//! a uniformly chosen free child slot; `"chain"`: one child per node on a random side;
//! `"left-chain"`, `"right-chain"`; `"complete"`; both default to `"random"`), `attach`
//! (`"deepest"`, the default: the first free slot, in level order, of a deepest host node;
//! `"random"`: a uniformly chosen free slot), `key` and `second_key` (the two input keys,
//! defaults `"root"` and `"subRoot"`).

use super::common::choice;
use super::tree_shape::{Grower, Links, TreeShape};
use super::{lower, RawParams, Rng, Size};
use serde_json::{json, Value};

choice!(
    /// How the first tree relates to the second.
    Relation {
        Copy = "copy",
        ChangedValue = "changed-value",
        ExtraLeaf = "extra-leaf",
        Independent = "independent",
    }
);

choice!(
    /// Where the copy of the second tree hangs in the host.
    Attach { Deepest = "deepest", Random = "random" }
);

/// A forest of nodes: value and child links by index.
#[derive(Default)]
struct Tree {
    val: Vec<i64>,
    links: Links,
}

impl Tree {
    fn add(&mut self, v: i64) -> usize {
        self.val.push(v);
        self.links.add()
    }

    fn level_order(&self, root: Option<usize>) -> Value {
        self.links.level_order(root, |u| json!(self.val[u]))
    }
}

/// Grows a tree of `n` fresh nodes in `t` with the given shape; returns its root.
fn grow(
    t: &mut Tree,
    n: usize,
    shape: TreeShape,
    lo: i64,
    hi: i64,
    rng: &mut Rng,
) -> Option<usize> {
    let mut ids = Vec::with_capacity(n);
    let mut grower = Grower::new(shape);
    for _ in 0..n {
        let id = t.add(rng.range(lo, hi));
        ids.push(id);
        if let Some((parent, is_right)) = grower.place(rng) {
            t.links.attach(ids[parent], is_right, id);
        }
    }
    ids.first().copied()
}

/// Copies the tree at `root` inside `t`; returns the copy's root.
fn copy(t: &mut Tree, root: usize) -> usize {
    let new_root = t.add(t.val[root]);
    let mut stack = vec![(root, new_root)];
    while let Some((old, new)) = stack.pop() {
        for is_right in [false, true] {
            let child = if is_right { t.links.right[old] } else { t.links.left[old] };
            if let Some(c) = child {
                let nc = t.add(t.val[c]);
                t.links.attach(new, is_right, nc);
                stack.push((c, nc));
            }
        }
    }
    new_root
}

params! {
    size: Size::n(100),
    resize: resize,
    {
        n: i64, m: i64, lo: i64 = -100, hi: i64 = 100, #[serde(default)] shape: TreeShape,
        #[serde(default)] second_shape: TreeShape, #[serde(default)] relation: Relation,
        #[serde(default)] attach: Attach,
        key: String = "root".into(), second_key: String = "subRoot".into(),
    }
}

/// A second tree smaller than the first, so it can be a subtree with a leaf to spare.
fn resize(raw: &mut RawParams, n: u64) {
    SIZE.apply(raw, n);
    lower(raw, "m", n - 1);
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let m = params.m;
    let lo = params.lo;
    let hi = params.hi;
    let (shape, relation) = (params.shape, params.relation);
    let key = params.key.as_str();
    let second_key = params.second_key.as_str();
    if !(0..=1_000_000).contains(&n) || !(0..=1_000_000).contains(&m) {
        return Err("`n` and `m` must be in 0..=1000000".into());
    }
    if lo > hi {
        return Err(format!("`lo` ({lo}) is above `hi` ({hi})"));
    }
    let (n, m) = (n as usize, m as usize);
    let mut t = Tree::default();
    let second = grow(&mut t, m, params.second_shape, lo, hi, rng);
    let first = match relation {
        Relation::Independent => grow(&mut t, n, shape, lo, hi, rng),
        Relation::Copy | Relation::ChangedValue | Relation::ExtraLeaf => {
            let extra = usize::from(relation == Relation::ExtraLeaf);
            let Some(sub) = second else {
                return Err(format!("relation `{}` needs `m` >= 1", relation.as_str()));
            };
            if n < m + extra {
                return Err(format!(
                    "relation `{}` needs `n` >= {}",
                    relation.as_str(),
                    m + extra
                ));
            }
            let host = grow(&mut t, n - m - extra, shape, lo, hi, rng);
            let planted = copy(&mut t, sub);
            let last = *t.links.bfs(Some(planted)).last().unwrap_or(&planted);
            if relation == Relation::ChangedValue {
                let v = t.val[last];
                t.val[last] = if v < hi || lo == hi { v + 1 } else { v - 1 };
            } else if relation == Relation::ExtraLeaf {
                let leaf = t.add(rng.range(lo, hi));
                let is_right = match (t.links.left[last], t.links.right[last]) {
                    (None, None) => rng.chance(1, 2),
                    (None, Some(_)) => false,
                    _ => true,
                };
                t.links.attach(last, is_right, leaf);
            }
            match host {
                None => Some(planted),
                Some(h) => {
                    let order = t.links.bfs(Some(h));
                    let mut slots: Vec<(usize, bool)> = Vec::new();
                    let mut depth = vec![0usize; t.val.len()];
                    for &u in &order {
                        for (c, r) in [(t.links.left[u], false), (t.links.right[u], true)] {
                            match c {
                                Some(c) => depth[c] = depth[u] + 1,
                                None => slots.push((u, r)),
                            }
                        }
                    }
                    let (parent, is_right) = if params.attach == Attach::Random {
                        *rng.pick(&slots)
                    } else {
                        let deepest = slots.iter().map(|&(u, _)| depth[u]).max().unwrap_or(0);
                        *slots
                            .iter()
                            .find(|&&(u, _)| depth[u] == deepest)
                            .unwrap_or(&slots[0])
                    };
                    t.links.attach(parent, is_right, planted);
                    Some(h)
                }
            }
        }
    };
    let mut obj = serde_json::Map::new();
    obj.insert(key.to_string(), t.level_order(first));
    obj.insert(second_key.to_string(), t.level_order(second));
    Ok(Value::Object(obj))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    fn case(p: Value, seed: u64) -> Value {
        generate(p.as_object().unwrap(), &mut Rng::new(seed)).unwrap()
    }

    fn count(level: &Value) -> usize {
        level
            .as_array()
            .unwrap()
            .iter()
            .filter(|v| !v.is_null())
            .count()
    }

    #[test]
    fn sizes_and_relations() {
        for shape in ["random", "chain", "left-chain", "right-chain", "complete"] {
            for relation in ["copy", "changed-value", "extra-leaf", "independent"] {
                for seed in 0..5 {
                    let c = case(
                        json!({"n": 60, "m": 20, "shape": shape, "second_shape": shape,
                               "relation": relation}),
                        seed,
                    );
                    assert_eq!(count(&c["root"]), 60, "{shape} {relation}");
                    assert_eq!(count(&c["subRoot"]), 20);
                    for level in [&c["root"], &c["subRoot"]] {
                        assert_ne!(level.as_array().unwrap().last(), Some(&Value::Null));
                    }
                }
            }
        }
        // n == m: the first tree is the copy itself (or the changed copy).
        let c = case(json!({"n": 5, "m": 5, "key": "p", "second_key": "q"}), 3);
        assert_eq!(c["p"], c["q"]);
        let c = case(
            json!({"n": 5, "m": 5, "relation": "changed-value", "lo": 1, "hi": 1}),
            3,
        );
        let p = c["root"].as_array().unwrap();
        assert_eq!(p.iter().filter(|v| **v == json!(2)).count(), 1);
        assert_eq!(count(&c["subRoot"]), 5);
        // A left chain of ones hosting a planted chain: the copy hangs at the bottom.
        let c = case(
            json!({"n": 4, "m": 2, "shape": "left-chain", "second_shape": "right-chain",
                   "lo": 1, "hi": 1}),
            1,
        );
        assert_eq!(c["root"], json!([1, 1, null, 1, null, null, 1]));
        assert_eq!(c["subRoot"], json!([1, null, 1]));
        assert!(generate(
            json!({"n": 2, "m": 3}).as_object().unwrap(),
            &mut Rng::new(1)
        )
        .is_err());
    }
}
