//! `component_graph`: an undirected simple graph on nodes `0..n` with a chosen number of
//! connected components, as `{"n": n, "edges": [[a, b], ...]}` (number-of-connected-components,
//! graph-valid-tree).
//!
//! Parameters: `n` (nodes, required, `1..=100000`); `components` (required, `1..=n`);
//! `edges` (the total, from `n - components` up to the most the components can hold; default
//! `n - components`, a forest); `shape`: `"random"` (the default: each component a random
//! recursive tree) or `"path"` (each component a path, so a search goes as deep as the
//! component is large). Extra edges beyond the forest join random pairs inside one component.
//! `ends`: `"sorted"` (the default: each edge written `[a, b]` with `a < b`) or `"random"`
//! (its two ends in random order). Component sizes are random (each at least 1), node labels
//! shuffled, edges in random order, each edge once.

use super::common::choice;
use super::common::{within};
use super::{RawParams, Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

choice!(
    /// Each component's shape.
    Shape { Random = "random", Path = "path" }
);

choice!(
    /// Whether each edge is written smaller end first.
    Ends { Sorted = "sorted", Random = "random" }
);

params! {
    size: Size::n(1).clamp(&["components"]),
    resize: resize,
    {
        n: i64, components: i64, #[serde(default)] shape: Shape, #[serde(default)] ends: Ends, edges: Option<i64>,
    }
}

/// A forest where the group's edges could not fit: how many the components hold is drawn
/// with their sizes, so only a forest is sure to fit at any size.
fn resize(raw: &mut RawParams, n: u64) {
    SIZE.apply(raw, n);
    let components = raw.get("components").and_then(Value::as_u64).unwrap_or(1);
    if raw.get("edges").and_then(Value::as_u64).is_some_and(|e| e > n - components) {
        raw.insert("edges".into(), Value::from(n - components));
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    within("n", n, 1..=100_000)?;
    let k = params.components;
    within("components", k, 1..=n)?;
    let path = params.shape == Shape::Path;
    let sorted_ends = params.ends == Ends::Sorted;
    let (n, k) = (n as usize, k as usize);
    // Sizes: k - 1 distinct cut points in 1..n.
    let mut cuts: Vec<usize> = (1..n).collect();
    rng.shuffle(&mut cuts);
    let mut cuts = cuts[..k - 1].to_vec();
    cuts.sort_unstable();
    cuts.insert(0, 0);
    cuts.push(n);
    let ranges: Vec<(usize, usize)> = cuts.windows(2).map(|w| (w[0], w[1])).collect();
    let capacity: usize = ranges.iter().map(|&(a, b)| (b - a) * (b - a - 1) / 2).sum();
    let forest = n - k;
    let m = params.edges.unwrap_or(forest as i64);
    if m < forest as i64 || m as usize > capacity {
        return Err(format!("`edges` must be in {forest}..={capacity}, got {m}"));
    }
    let m = m as usize;
    // Edges over positions; position p lies in the component whose range holds it.
    let mut edges: Vec<(usize, usize)> = Vec::with_capacity(m);
    for &(a, b) in &ranges {
        for i in a + 1..b {
            let parent = if path {
                i - 1
            } else {
                a + rng.below((i - a) as u64) as usize
            };
            edges.push((parent, i));
        }
    }
    let mut present: HashSet<(usize, usize)> = edges.iter().copied().collect();
    let extra = m - forest;
    if extra * 2 <= capacity - forest {
        // Sparse: draw a node, then a partner inside its component. Weight by size so that
        // large components get most extra edges, as they have most room.
        let owner: Vec<usize> = ranges
            .iter()
            .enumerate()
            .flat_map(|(i, &(a, b))| std::iter::repeat_n(i, b - a))
            .collect();
        while edges.len() < m {
            let x = rng.index(n);
            let (a, b) = ranges[owner[x]];
            if b - a < 2 {
                continue;
            }
            let y = a + rng.below((b - a) as u64) as usize;
            let e = (x.min(y), x.max(y));
            if x != y && present.insert(e) {
                edges.push(e);
            }
        }
    } else {
        let mut absent: Vec<(usize, usize)> = ranges
            .iter()
            .flat_map(|&(a, b)| (a..b).flat_map(move |x| (x + 1..b).map(move |y| (x, y))))
            .filter(|e| !present.contains(e))
            .collect();
        rng.shuffle(&mut absent);
        edges.extend(absent.into_iter().take(extra));
    }
    let mut label: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut label);
    let mut list: Vec<[usize; 2]> = edges
        .into_iter()
        .map(|(a, b)| {
            let (x, y) = (label[a].min(label[b]), label[a].max(label[b]));
            if !sorted_ends && rng.chance(1, 2) {
                [y, x]
            } else {
                [x, y]
            }
        })
        .collect();
    rng.shuffle(&mut list);
    Ok(json!({"n": n, "edges": list}))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    #[test]
    fn component_counts_and_edges() {
        assert_eq!(
            check(json!({"n": 2000, "components": 1}), 1),
            (2000, 1999, 1)
        );
        assert_eq!(
            check(json!({"n": 2000, "components": 2, "edges": 1999}), 1),
            (2000, 1999, 2)
        );
        assert_eq!(
            check(json!({"n": 2000, "components": 37, "edges": 5000}), 2),
            (2000, 5000, 37)
        );
        assert_eq!(
            check(json!({"n": 2000, "components": 2000}), 3),
            (2000, 0, 2000)
        );
        assert_eq!(
            check(json!({"n": 500, "components": 3, "shape": "path"}), 4),
            (500, 497, 3)
        );
        assert_eq!(check(json!({"n": 1, "components": 1}), 4), (1, 0, 1));
        for (ends, all_sorted) in [("sorted", true), ("random", false)] {
            let case = generate(
                &params(json!({"n": 300, "components": 2, "edges": 600, "ends": ends})),
                &mut Rng::new(6),
            );
            let edges: Vec<[usize; 2]> =
                serde_json::from_value(case.unwrap()["edges"].clone()).unwrap();
            assert_eq!(edges.iter().all(|&[a, b]| a < b), all_sorted);
        }
        // Dense: all the room there is.
        let case = generate(
            &params(json!({"n": 6, "components": 1, "edges": 15})),
            &mut Rng::new(5),
        );
        assert_eq!(case.unwrap()["edges"].as_array().unwrap().len(), 15);
    }

    #[test]
    fn same_seed_and_bad_parameters() {
        let p = json!({"n": 300, "components": 4, "edges": 900});
        assert_eq!(
            generate(&params(p.clone()), &mut Rng::new(9)),
            generate(&params(p), &mut Rng::new(9))
        );
        let mut rng = Rng::new(0);
        for bad in [
            json!({"n": 5}),
            json!({"n": 5, "components": 6}),
            json!({"n": 5, "components": 2, "edges": 2}),
            json!({"n": 3, "components": 1, "edges": 4}),
            json!({"n": 3, "components": 1, "shape": "star"}),
        ] {
            assert!(generate(&params(bad.clone()), &mut rng).is_err(), "{bad}");
        }
    }

    /// (nodes, edges) after checking the graph is simple; and its component count.
    fn check(p: Value, seed: u64) -> (usize, usize, usize) {
        let case = made(p, seed);
        let n = case["n"].as_u64().unwrap() as usize;
        let edges: Vec<[usize; 2]> = serde_json::from_value(case["edges"].clone()).unwrap();
        let mut seen = HashSet::new();
        let mut parent: Vec<usize> = (0..n).collect();
        fn find(p: &mut [usize], x: usize) -> usize {
            let mut x = x;
            while p[x] != x {
                p[x] = p[p[x]];
                x = p[x];
            }
            x
        }
        let mut components = n;
        for &[a, b] in &edges {
            assert!(a < n && b < n && a != b);
            assert!(seen.insert((a.min(b), a.max(b))), "repeated edge");
            let (x, y) = (find(&mut parent, a), find(&mut parent, b));
            if x != y {
                parent[x] = y;
                components -= 1;
            }
        }
        (n, edges.len(), components)
    }
}
