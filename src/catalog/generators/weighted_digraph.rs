//! `weighted_digraph`: a directed graph with integer weights as a list of `[from, to, weight]`
//! triples under the key `key` (default `"edges"`), with its node count under `n_key` (default
//! `"n"`), as in network-delay-time (`times`, nodes from 1) and cheapest-flights-within-k-stops
//! (`flights`, nodes from 0). No self-loops and at most one edge per ordered pair.
//!
//! Parameters:
//! - `n`: the number of nodes (required, `1..=1000`); `base`: the first node's label (0 or 1,
//!   default 0);
//! - `edges`: how many edges in all (required, `0..=n (n - 1)`, half that with `one_way`, and
//!   at least `n - 1` with `chain`);
//! - `one_way`: 1 for at most one edge between two nodes, in either direction (default 0: at
//!   most one per direction);
//! - `w_lo`, `w_hi`: weights are drawn from `w_lo..=w_hi` (defaults 1 and 100);
//! - `chain`: 1 to include a path through every node in a random order, each of its edges of
//!   weight `w_lo` (default 0: all edges random);
//! - `nodes`: names of extra parameters that each get a node, pairwise distinct (e.g.
//!   `["src", "dst"]`); with `chain`, the first name gets the start of the path and the second
//!   its end; otherwise they are random;
//! - `with`: an object whose entries are copied into the case as they are (e.g. `{"k": 5}`).

use super::common::{within};
use super::{lower, RawParams, Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

params! {
    size: Size::n(2),
    resize: resize,
    {
        n: i64, base: i64 = 0, edges: i64, chain: Option<i64>, one_way: Option<i64>,
        w_lo: i64 = 1, w_hi: i64 = 100, key: String = "edges".into(), n_key: String = "n".into(),
        nodes: Option<Value>, with: Option<Value>,
    }
}

/// Edges enough for the chain and no more than the nodes can hold.
fn resize(raw: &mut RawParams, n: u64) {
    SIZE.apply(raw, n);
    let one_way = raw.get("one_way").and_then(Value::as_u64) == Some(1);
    lower(raw, "edges", n * (n - 1) / if one_way { 2 } else { 1 });
    if raw.get("chain").and_then(Value::as_u64) == Some(1) {
        if let Some(edges) = raw.get_mut("edges") {
            *edges = Value::from(edges.as_u64().unwrap_or(0).max(n - 1));
        }
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    within("n", n, 1..=1000)?;
    if params.base != 0 && params.base != 1 {
        return Err("`base` must be 0 or 1".to_string());
    }
    let m = params.edges;
    let chain = params.chain.unwrap_or(0) == 1;
    let one_way = params.one_way.unwrap_or(0) == 1;
    let max_edges = if one_way {
        n * (n - 1) / 2
    } else {
        n * (n - 1)
    };
    if m < 0 || m > max_edges || (chain && m < n - 1) {
        return Err(format!(
            "`edges` must be in 0..={max_edges} (n - 1 or more with `chain`)"
        ));
    }
    if params.w_lo > params.w_hi {
        return Err("`w_lo` must not exceed `w_hi`".to_string());
    }
    let key = params.key.as_str();
    let n_key = params.n_key.as_str();
    let n = n as usize;
    let m = m as usize;
    let mut order: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut order);
    let mut edges: Vec<[i64; 3]> = Vec::with_capacity(m);
    let mut present: HashSet<(usize, usize)> = HashSet::new();
    if chain {
        for w in order.windows(2) {
            present.insert((w[0], w[1]));
            if one_way {
                present.insert((w[1], w[0]));
            }
            edges.push([w[0] as i64, w[1] as i64, params.w_lo]);
        }
    }
    if 2 * m <= max_edges as usize {
        while edges.len() < m {
            let a = rng.index(n);
            let b = rng.index(n);
            if a != b && !(one_way && present.contains(&(b, a))) && present.insert((a, b)) {
                if one_way {
                    present.insert((b, a));
                }
                edges.push([a as i64, b as i64, rng.range(params.w_lo, params.w_hi)]);
            }
        }
    } else if one_way {
        let mut absent: Vec<(usize, usize)> = (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .filter(|e| !present.contains(e))
            .collect();
        rng.shuffle(&mut absent);
        for (a, b) in absent.into_iter().take(m - edges.len()) {
            let (a, b) = if rng.chance(1, 2) { (a, b) } else { (b, a) };
            edges.push([a as i64, b as i64, rng.range(params.w_lo, params.w_hi)]);
        }
    } else {
        let mut absent: Vec<(usize, usize)> = (0..n)
            .flat_map(|a| (0..n).map(move |b| (a, b)))
            .filter(|&(a, b)| a != b && !present.contains(&(a, b)))
            .collect();
        rng.shuffle(&mut absent);
        for (a, b) in absent.into_iter().take(m - edges.len()) {
            edges.push([a as i64, b as i64, rng.range(params.w_lo, params.w_hi)]);
        }
    }
    rng.shuffle(&mut edges);
    for e in &mut edges {
        e[0] += params.base;
        e[1] += params.base;
    }
    let mut case = json!({ key: edges, n_key: n });
    if let Some(names) = params.nodes.as_ref() {
        let names = names
            .as_array()
            .ok_or("`nodes` must be an array of names")?;
        if names.len() > n {
            return Err("more `nodes` than nodes".to_string());
        }
        let picks: Vec<usize> = if chain {
            let mut p = vec![order[0]];
            if n > 1 {
                p.push(order[n - 1]);
            }
            p.extend(order[1..n.saturating_sub(1)].iter().copied());
            p
        } else {
            order.clone()
        };
        for (name, node) in names.iter().zip(picks) {
            let name = name.as_str().ok_or("`nodes` must be an array of names")?;
            case[name] = json!(node as i64 + params.base);
        }
    }
    if let Some(extra) = params.with.as_ref() {
        let extra = extra.as_object().ok_or("`with` must be an object")?;
        for (name, value) in extra {
            case[name.as_str()] = value.clone();
        }
    }
    Ok(case)
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    fn edges(case: &Value, key: &str) -> Vec<[i64; 3]> {
        serde_json::from_value(case[key].clone()).unwrap()
    }

    #[test]
    fn simple_weighted_graphs() {
        for (m, seed) in [(0, 1), (50, 2), (4000, 3), (9900, 4)] {
            let p = params(json!({"n": 100, "edges": m, "base": 1, "key": "times",
                                       "nodes": ["k"]}));
            let case = generate(&p, &mut Rng::new(seed)).unwrap();
            let e = edges(&case, "times");
            assert_eq!(e.len(), m);
            let pairs: HashSet<(i64, i64)> = e.iter().map(|x| (x[0], x[1])).collect();
            assert_eq!(pairs.len(), m);
            assert!(e.iter().all(|x| x[0] != x[1]
                && (1..=100).contains(&x[0])
                && (1..=100).contains(&x[1])
                && (1..=100).contains(&x[2])));
            assert!((1..=100).contains(&case["k"].as_i64().unwrap()));
            assert_eq!(case["n"], json!(100));
        }
    }

    #[test]
    fn chain_runs_from_the_first_named_node_to_the_second() {
        let p = params(
            json!({"n": 30, "edges": 60, "chain": 1, "w_lo": 5, "w_hi": 50,
                                   "key": "flights", "nodes": ["src", "dst"], "with": {"k": 3}}),
        );
        let case = generate(&p, &mut Rng::new(5)).unwrap();
        let e = edges(&case, "flights");
        let (src, dst) = (case["src"].as_i64().unwrap(), case["dst"].as_i64().unwrap());
        assert_ne!(src, dst);
        assert_eq!(case["k"], json!(3));
        // Follow weight-5 edges from src: the chain visits all 30 nodes and ends at dst.
        let mut at = src;
        let mut seen = HashSet::from([src]);
        while let Some(x) = e
            .iter()
            .find(|x| x[0] == at && x[2] == 5 && !seen.contains(&x[1]))
        {
            at = x[1];
            seen.insert(at);
        }
        assert_eq!(seen.len(), 30);
        assert_eq!(at, dst);
        assert!(generate(&params(json!({"n": 3, "edges": 7})), &mut Rng::new(1)).is_err());
    }

    #[test]
    fn one_way_never_links_a_pair_twice() {
        for (m, seed) in [(100, 1), (4000, 2), (4950, 3)] {
            let p = params(json!({"n": 100, "edges": m, "one_way": 1, "chain": 1}));
            let e = edges(&generate(&p, &mut Rng::new(seed)).unwrap(), "edges");
            assert_eq!(e.len(), m);
            let pairs: HashSet<(i64, i64)> =
                e.iter().map(|x| (x[0].min(x[1]), x[0].max(x[1]))).collect();
            assert_eq!(pairs.len(), m);
        }
        let over = params(json!({"n": 100, "edges": 4951, "one_way": 1}));
        assert!(generate(&over, &mut Rng::new(1)).is_err());
    }
}
