//! `connected_graph`: a connected undirected simple graph (no self-loops, no repeated
//! edges), as adjacency lists of `Node`s (clone-graph) or as an edge list.
//!
//! Parameters: `n` (nodes, required, `0..=100000`); `shape`: `"random"` (the default: a random
//! spanning tree plus random extra edges up to `edges` in all), `"path"`, `"cycle"`, `"star"`
//! or `"complete"` (these ignore `edges`); `edges` (total edge count for `"random"`, from
//! `n - 1` to `n (n - 1) / 2`; default drawn uniformly from that range); `order`: `"random"`
//! (the default: each adjacency list shuffled) or `"sorted"`; `as`: `"node"` (the default:
//! `{key: [[neighbour values], ...]}` with node i holding value i + 1, `key` defaulting to
//! `"node"`) or `"edges"` (`{"n": n, "edges": [[a, b], ...]}` with 0-based ids, each edge once,
//! in random order). Node labels are shuffled, so node 1 has no special place.

use super::common::choice;
use super::common::{within};
use super::{lower, RawParams, Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

choice!(
    /// The graph's shape.
    Shape { Random = "random", Path = "path", Cycle = "cycle", Star = "star", Complete = "complete" }
);

choice!(
    /// The order of each adjacency list.
    Order { Random = "random", Sorted = "sorted" }
);

choice!(
    /// How the graph is given: a node of a cloneable graph, or an edge list.
    Given { Node = "node", Edges = "edges" }
);

params! {
    size: Size::n(1),
    resize: resize,
    {
        n: i64, #[serde(default)] shape: Shape, #[serde(default)] order: Order,
        #[serde(rename = "as", default)] as_: Given, key: String = "node".into(),
        edges: Option<i64>,
    }
}

/// Edges enough to connect the nodes and no more than they can hold.
fn resize(raw: &mut RawParams, n: u64) {
    SIZE.apply(raw, n);
    lower(raw, "edges", n * (n - 1) / 2);
    if let Some(edges) = raw.get_mut("edges") {
        *edges = Value::from(edges.as_u64().unwrap_or(0).max(n - 1));
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    within("n", n, 0..=100_000)?;
    let max_edges = n * (n - 1).max(0) / 2;
    let min_edges = (n - 1).max(0);
    let sorted = params.order == Order::Sorted;
    let as_edges = params.as_ == Given::Edges;
    let key = params.key.as_str();
    let n = n as usize;
    // Edges over positions 0..n; positions are mapped to shuffled labels at the end.
    let mut edges: Vec<(usize, usize)> = Vec::new();
    match params.shape {
        Shape::Random => {
            let m = match params.edges {
                None => rng.range(min_edges, max_edges),
                Some(_) => params.edges.unwrap_or(0),
            };
            if m < min_edges || m > max_edges {
                return Err(format!(
                    "`edges` must be in {min_edges}..={max_edges}, got {m}"
                ));
            }
            let m = m as usize;
            // A random recursive tree keeps it connected.
            for i in 1..n {
                edges.push((rng.index(i), i));
            }
            let mut present: HashSet<(usize, usize)> = edges.iter().copied().collect();
            let extra = m - edges.len();
            if extra * 2 <= max_edges as usize - edges.len() {
                while edges.len() < m {
                    let a = rng.index(n);
                    let b = rng.index(n);
                    let e = (a.min(b), a.max(b));
                    if a != b && present.insert(e) {
                        edges.push(e);
                    }
                }
            } else {
                // Dense: draw from the list of absent pairs.
                let mut absent: Vec<(usize, usize)> = (0..n)
                    .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
                    .filter(|e| !present.contains(e))
                    .collect();
                rng.shuffle(&mut absent);
                edges.extend(absent.into_iter().take(extra));
            }
        }
        Shape::Path => edges.extend((1..n).map(|i| (i - 1, i))),
        Shape::Cycle => {
            edges.extend((1..n).map(|i| (i - 1, i)));
            if n >= 3 {
                edges.push((0, n - 1));
            }
        }
        Shape::Star => edges.extend((1..n).map(|i| (0, i))),
        Shape::Complete => edges.extend((0..n).flat_map(|a| (a + 1..n).map(move |b| (a, b)))),
    }
    let mut label: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut label);
    let mut edges: Vec<(usize, usize)> = edges
        .into_iter()
        .map(|(a, b)| (label[a], label[b]))
        .collect();
    rng.shuffle(&mut edges);
    if as_edges {
        let list: Vec<[usize; 2]> = edges.iter().map(|&(a, b)| [a, b]).collect();
        return Ok(json!({"n": n, "edges": list}));
    }
    let mut adjacency = vec![Vec::new(); n];
    for &(a, b) in &edges {
        adjacency[a].push(b + 1);
        adjacency[b].push(a + 1);
    }
    for row in &mut adjacency {
        if sorted {
            row.sort_unstable();
        } else {
            rng.shuffle(row);
        }
    }
    Ok(json!({ key: adjacency }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    /// Checks a simple connected undirected graph; returns its edge count.
    fn check(adjacency: &[Vec<usize>]) -> usize {
        let n = adjacency.len();
        let mut count = 0;
        for (i, row) in adjacency.iter().enumerate() {
            let distinct: HashSet<_> = row.iter().collect();
            assert_eq!(distinct.len(), row.len(), "repeated edge at node {}", i + 1);
            for &v in row {
                assert!((1..=n).contains(&v) && v != i + 1);
                assert!(adjacency[v - 1].contains(&(i + 1)), "asymmetric");
            }
            count += row.len();
        }
        if n > 0 {
            let mut seen = vec![false; n];
            let mut stack = vec![0];
            seen[0] = true;
            while let Some(i) = stack.pop() {
                for &v in &adjacency[i] {
                    if !seen[v - 1] {
                        seen[v - 1] = true;
                        stack.push(v - 1);
                    }
                }
            }
            assert!(seen.iter().all(|&s| s), "not connected");
        }
        count / 2
    }

    #[test]
    fn connected_simple_graphs() {
        for seed in 0..30 {
            let g = adjacency(json!({"n": 40}), seed);
            assert_eq!(g.len(), 40);
            assert!((39..=780).contains(&check(&g)));
        }
        assert_eq!(check(&adjacency(json!({"n": 100, "edges": 99}), 1)), 99);
        assert_eq!(check(&adjacency(json!({"n": 100, "edges": 4900}), 1)), 4900);
        assert_eq!(check(&adjacency(json!({"n": 100, "edges": 300}), 1)), 300);
        assert_eq!(
            check(&adjacency(json!({"n": 100, "shape": "complete"}), 1)),
            4950
        );
        assert_eq!(check(&adjacency(json!({"n": 100, "shape": "path"}), 1)), 99);
        assert_eq!(
            check(&adjacency(json!({"n": 100, "shape": "cycle"}), 1)),
            100
        );
        assert_eq!(check(&adjacency(json!({"n": 100, "shape": "star"}), 1)), 99);
        assert_eq!(adjacency(json!({"n": 0}), 1), Vec::<Vec<usize>>::new());
        assert_eq!(adjacency(json!({"n": 1}), 1), vec![Vec::<usize>::new()]);
        let g = adjacency(json!({"n": 30, "order": "sorted"}), 2);
        assert!(g.iter().all(|row| row.windows(2).all(|w| w[0] < w[1])));
    }

    #[test]
    fn edge_list_form() {
        let case = generate(
            &params(json!({"n": 50, "edges": 49, "as": "edges"})),
            &mut Rng::new(3),
        );
        let case = case.unwrap();
        assert_eq!(case["n"], json!(50));
        let edges: Vec<[usize; 2]> = serde_json::from_value(case["edges"].clone()).unwrap();
        assert_eq!(edges.len(), 49);
        let mut g = vec![Vec::new(); 50];
        for [a, b] in edges {
            g[a].push(b + 1);
            g[b].push(a + 1);
        }
        assert_eq!(check(&g), 49);
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        assert!(generate(&params(json!({})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "edges": 3})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "edges": 11})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "shape": "wheel"})), &mut rng).is_err());
        assert!(generate(&params(json!({"n": 5, "as": "matrix"})), &mut rng).is_err());
    }

    fn adjacency(p: Value, seed: u64) -> Vec<Vec<usize>> {
        serde_json::from_value(made(p, seed)["node"].clone()).unwrap()
    }
}
