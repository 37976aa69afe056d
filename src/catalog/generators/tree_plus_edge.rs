//! `tree_plus_edge`: a tree on nodes `1..=n` with one extra edge, as the edge list of
//! redundant-connection: `{"edges": [[a, b], ...]}`, `n` edges, each with `a < b`, no edge
//! twice, in random order.
//!
//! Parameters: `n` (nodes, required, `3..=100000`); `cycle` (the length of the one cycle,
//! `3..=n`; default drawn uniformly); `attach`: `"random"` (the default: the nodes off the
//! cycle hang from a random earlier node) or `"chain"` (they hang in one long chain from a
//! cycle node, so a search from the cycle goes deep). Labels are shuffled.

use super::common::choice;
use super::common::{within};
use super::{Rng, Size};
use serde_json::{json, Value};

choice!(
    /// How the tree's nodes hang from each other.
    Attach { Random = "random", Chain = "chain" }
);

params! {
    size: Size::n(3).clamp(&["cycle"]),
    {
        n: i64, cycle: Option<i64>, #[serde(default)] attach: Attach,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    within("n", n, 3..=100_000)?;
    let cycle = match params.cycle {
        None => rng.range(3, n),
        Some(_) => params.cycle.unwrap_or(3),
    };
    within("cycle", cycle, 3..=n)?;
    let chain = params.attach == Attach::Chain;
    let (n, cycle) = (n as usize, cycle as usize);
    // Positions 0..cycle form the ring; the rest hang from earlier positions.
    let mut edges: Vec<(usize, usize)> = (1..cycle).map(|i| (i - 1, i)).collect();
    edges.push((0, cycle - 1));
    for i in cycle..n {
        let parent = if chain {
            i - 1
        } else {
            rng.index(i)
        };
        edges.push((parent, i));
    }
    let mut label: Vec<usize> = (1..=n).collect();
    rng.shuffle(&mut label);
    let mut list: Vec<[usize; 2]> = edges
        .into_iter()
        .map(|(a, b)| {
            let (x, y) = (label[a], label[b]);
            [x.min(y), x.max(y)]
        })
        .collect();
    rng.shuffle(&mut list);
    Ok(json!({ "edges": list }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();
    use std::collections::HashSet;

    /// The nodes left after peeling leaves repeatedly: exactly the cycle.
    fn cycle_length(n: usize, edges: &[[usize; 2]]) -> usize {
        let mut degree = vec![0; n + 1];
        let mut adjacent = vec![Vec::new(); n + 1];
        for &[a, b] in edges {
            degree[a] += 1;
            degree[b] += 1;
            adjacent[a].push(b);
            adjacent[b].push(a);
        }
        let mut leaves: Vec<usize> = (1..=n).filter(|&v| degree[v] == 1).collect();
        let mut left = n;
        while let Some(v) = leaves.pop() {
            left -= 1;
            for &w in &adjacent[v] {
                degree[w] -= 1;
                if degree[w] == 1 {
                    leaves.push(w);
                }
            }
        }
        left
    }

    #[test]
    fn one_cycle_of_the_asked_length() {
        for (n, cycle, attach) in [
            (1000, 3, "random"),
            (1000, 1000, "random"),
            (50, 7, "chain"),
        ] {
            let e = edges(json!({"n": n, "cycle": cycle, "attach": attach}), 3);
            assert_eq!(e.len(), n);
            let distinct: HashSet<_> = e.iter().collect();
            assert_eq!(distinct.len(), n);
            assert!(e.iter().all(|&[a, b]| 1 <= a && a < b && b <= n));
            assert_eq!(cycle_length(n, &e), cycle);
        }
        let e = edges(json!({"n": 3}), 1);
        assert_eq!(cycle_length(3, &e), 3);
    }

    #[test]
    fn bad_parameters() {
        let mut rng = Rng::new(0);
        for bad in [
            json!({"n": 2}),
            json!({"n": 10, "cycle": 2}),
            json!({"n": 10, "cycle": 11}),
            json!({"n": 10, "attach": "star"}),
        ] {
            assert!(generate(&params(bad.clone()), &mut rng).is_err(), "{bad}");
        }
    }

    fn edges(p: Value, seed: u64) -> Vec<[usize; 2]> {
        serde_json::from_value(made(p, seed)["edges"].clone()).unwrap()
    }
}
