//! `course_graph`: a prerequisite list for the course-schedule problems.
//!
//! The courses `0..n` are put in a random hidden order; every pair `[a, b]` ("take `b` before
//! `a`") goes forward in that order, so the graph has no cycle unless one is asked for.
//! All pairs are distinct and never join a course to itself.
//!
//! Parameters: `n` (courses, 1..=5000), `edges` (the exact number of pairs), `chain` (1: link
//! consecutive courses of the hidden order, so exactly one order is valid; default 0), and
//! `cycle` (a length L >= 2: L courses chosen at random are linked forward and the last one is
//! made a prerequisite of the first, which closes a cycle; default 0 for none). The chain and
//! cycle pairs count towards `edges`. Output: `{"numCourses": n, "prerequisites": [[a, b],
//! ...]}` with the pairs in random order.

use super::common::{within};
use super::{lower, RawParams, Rng, Size};
use serde_json::{json, Value};

/// Forward pairs between positions of the hidden order, deduplicated by a bit per position pair.
struct Pairs {
    n: usize,
    used: Vec<bool>,
    /// `(from, to)` positions in the hidden order: the course at `from` comes first.
    list: Vec<(usize, usize)>,
}

impl Pairs {
    fn add(&mut self, from: usize, to: usize) {
        let slot = from * self.n + to;
        if !self.used[slot] {
            self.used[slot] = true;
            self.list.push((from, to));
        }
    }
}

params! {
    size: Size::n(4).clamp(&["cycle"]),
    resize: resize,
    {
        n: i64, edges: i64, chain: Option<i64>, cycle: i64 = 0,
    }
}

/// No more edges than the courses can hold.
fn resize(raw: &mut RawParams, n: u64) {
    SIZE.apply(raw, n);
    lower(raw, "edges", n * (n - 1) / 2);
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    let edges = params.edges;
    let chain = params.chain.unwrap_or(0) != 0;
    let cycle = params.cycle;
    within("n", n, 1..=5000)?;
    if cycle != 0 && !(2..=n).contains(&cycle) {
        return Err(format!("`cycle` must be 0 or in 2..=n, got {cycle}"));
    }
    let n = n as usize;
    let cycle = cycle as usize;
    // Forward pairs available, plus the one backward pair closing the cycle.
    let capacity = n * (n - 1) / 2 + usize::from(cycle > 0);
    if edges < 0 || edges as usize > capacity {
        return Err(format!("`edges` must be in 0..={capacity}, got {edges}"));
    }
    let edges = edges as usize;

    let mut order: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut order);
    let mut pairs = Pairs {
        n,
        used: vec![false; n * n],
        list: Vec::with_capacity(edges),
    };
    if chain {
        for k in 0..n - 1 {
            pairs.add(k, k + 1);
        }
    }
    let mut back = None;
    if cycle > 0 {
        let mut positions: Vec<usize> = (0..n).collect();
        rng.shuffle(&mut positions);
        let mut ring = positions[..cycle].to_vec();
        ring.sort_unstable();
        for w in ring.windows(2) {
            pairs.add(w[0], w[1]);
        }
        back = Some((ring[cycle - 1], ring[0]));
    }
    let mandatory = pairs.list.len() + usize::from(back.is_some());
    if mandatory > edges {
        return Err(format!(
            "`edges` ({edges}) is below the {mandatory} pairs the chain and cycle need"
        ));
    }
    let wanted = edges - usize::from(back.is_some());
    if wanted > pairs.list.len() {
        let room = n * (n - 1) / 2 - pairs.list.len();
        let missing = wanted - pairs.list.len();
        if missing * 2 <= room {
            // Sparse enough: rejection sampling ends quickly.
            while pairs.list.len() < wanted {
                let x = rng.index(n);
                let y = rng.index(n);
                if x != y {
                    pairs.add(x.min(y), x.max(y));
                }
            }
        } else {
            // Dense: pick from every unused forward pair.
            let mut free: Vec<(usize, usize)> = (0..n)
                .flat_map(|x| (x + 1..n).map(move |y| (x, y)))
                .filter(|&(x, y)| !pairs.used[x * n + y])
                .collect();
            rng.shuffle(&mut free);
            for &(x, y) in &free[..missing] {
                pairs.add(x, y);
            }
        }
    }
    let mut list: Vec<[usize; 2]> = pairs
        .list
        .iter()
        .map(|&(from, to)| [order[to], order[from]])
        .collect();
    if let Some((from, to)) = back {
        list.push([order[to], order[from]]);
    }
    rng.shuffle(&mut list);
    Ok(json!({"numCourses": n, "prerequisites": list}))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();

    /// Kahn's algorithm: how many courses can be taken.
    fn takeable(n: usize, pairs: &[(usize, usize)]) -> usize {
        let mut waiting = vec![0; n];
        let mut unlocks = vec![Vec::new(); n];
        for &(a, b) in pairs {
            waiting[a] += 1;
            unlocks[b].push(a);
        }
        let mut ready: Vec<usize> = (0..n).filter(|&c| waiting[c] == 0).collect();
        let mut taken = 0;
        while let Some(c) = ready.pop() {
            taken += 1;
            for &a in &unlocks[c] {
                waiting[a] -= 1;
                if waiting[a] == 0 {
                    ready.push(a);
                }
            }
        }
        taken
    }

    fn assert_well_formed(n: usize, pairs: &[(usize, usize)], edges: usize) {
        assert_eq!(pairs.len(), edges);
        let mut seen = std::collections::HashSet::new();
        for &(a, b) in pairs {
            assert!(a < n && b < n && a != b);
            assert!(seen.insert((a, b)), "duplicate pair");
        }
    }

    #[test]
    fn dag_has_exact_edge_count_and_no_cycle() {
        for (n, e) in [(50, 300), (50, 1225), (10, 0), (1, 0)] {
            let (got_n, pairs) = case(json!({"n": n, "edges": e}), 5);
            assert_eq!(got_n, n);
            assert_well_formed(n, &pairs, e);
            assert_eq!(takeable(n, &pairs), n);
        }
    }

    #[test]
    fn cycle_makes_it_impossible() {
        for (len, e) in [(2, 100), (7, 100), (40, 40), (3, 1226)] {
            let (n, pairs) = case(json!({"n": 50, "edges": e, "cycle": len}), 11);
            assert_well_formed(n, &pairs, e);
            assert!(takeable(n, &pairs) < n);
        }
    }

    #[test]
    fn chain_forces_a_single_order() {
        let (n, pairs) = case(json!({"n": 30, "edges": 29, "chain": 1}), 2);
        assert_well_formed(n, &pairs, 29);
        // A chain through every course: each course but one has exactly one prerequisite.
        let mut count = vec![0; n];
        for &(a, _) in &pairs {
            count[a] += 1;
        }
        assert_eq!(count.iter().filter(|&&c| c == 0).count(), 1);
        assert_eq!(takeable(n, &pairs), n);
    }

    #[test]
    fn same_seed_same_case() {
        let p = json!({"n": 200, "edges": 5000, "cycle": 4});
        assert_eq!(case(p.clone(), 9), case(p, 9));
    }

    #[test]
    fn rejects_impossible_parameters() {
        let bad = [
            json!({"n": 0, "edges": 0}),
            json!({"n": 4, "edges": 7}),
            json!({"n": 4, "edges": 2, "chain": 1}),
            json!({"n": 4, "edges": 3, "cycle": 5}),
            json!({"n": 4, "edges": 1, "cycle": 3}),
        ];
        for p in bad {
            assert!(generate(&params(p), &mut Rng::new(1)).is_err());
        }
    }

    fn case(p: Value, seed: u64) -> (usize, Vec<(usize, usize)>) {
        let v = made(p, seed);
        let n = v["numCourses"].as_u64().unwrap() as usize;
        let pairs: Vec<(usize, usize)> = v["prerequisites"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let p = p.as_array().unwrap();
                (
                    p[0].as_u64().unwrap() as usize,
                    p[1].as_u64().unwrap() as usize,
                )
            })
            .collect();
        (n, pairs)
    }
}
