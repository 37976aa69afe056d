//! `itinerary_tickets`: airline tickets `[from, to]` (three capital letters each) that can all
//! be used in one trip starting at `"JFK"`, as in reconstruct-itinerary, under the key
//! `"tickets"`.
//!
//! The trip is a random walk of `n` flights from `"JFK"` over `airports` airports (`"JFK"` and
//! others with random distinct names), never flying from an airport to itself; its tickets
//! are then shuffled. With few airports, the walk repeats routes and revisits airports, so a
//! greedy route can run into dead ends.
//!
//! Parameters: `n` (tickets, required, `1..=10_000`); `airports` (`2..=17_576`, default 10).

use super::{Rng, Size};
use serde_json::{json, Value};
use std::collections::HashSet;

params! {
    size: Size::n(1),
    {
        n: i64, airports: i64 = 10,
    }
}

fn generate(params: &Params, rng: &mut Rng) -> Result<Value, String> {
    let n = params.n;
    if !(1..=10_000).contains(&n) || !(2..=17_576).contains(&params.airports) {
        return Err("need 1 <= `n` <= 10000 and 2 <= `airports` <= 17576".to_string());
    }
    let mut names = vec!["JFK".to_string()];
    let mut seen: HashSet<String> = names.iter().cloned().collect();
    while names.len() < params.airports as usize {
        let name: String = (0..3)
            .map(|_| char::from(b'A' + rng.below(26) as u8))
            .collect();
        if seen.insert(name.clone()) {
            names.push(name);
        }
    }
    let count = names.len() as u64;
    let mut at = 0usize;
    let mut tickets: Vec<[String; 2]> = Vec::with_capacity(n as usize);
    for _ in 0..n {
        // Uniform among the other airports.
        let mut next = rng.below(count - 1) as usize;
        if next >= at {
            next += 1;
        }
        tickets.push([names[at].clone(), names[next].clone()]);
        at = next;
    }
    rng.shuffle(&mut tickets);
    Ok(json!({ "tickets": tickets }))
}

#[cfg(test)]
mod tests {
    use super::*;
    test_generate!();
    use std::collections::HashMap;

    #[test]
    fn tickets_form_one_trip_from_jfk() {
        for (n, airports, seed) in [(1, 2, 1), (300, 5, 2), (300, 300, 3), (50, 2, 4)] {
            let p = params(json!({"n": n, "airports": airports}));
            let case = generate(&p, &mut Rng::new(seed)).unwrap();
            let t: Vec<[String; 2]> = serde_json::from_value(case["tickets"].clone()).unwrap();
            assert_eq!(t.len(), n);
            // Degrees of an Euler trail from JFK: out - in is 1 at JFK (unless it is a
            // circuit), -1 at the end, 0 elsewhere.
            let mut balance: HashMap<&str, i64> = HashMap::new();
            for [a, b] in &t {
                assert_ne!(a, b);
                assert!(a.len() == 3 && a.chars().all(|c| c.is_ascii_uppercase()));
                *balance.entry(a).or_default() += 1;
                *balance.entry(b).or_default() -= 1;
            }
            let odd: Vec<i64> = balance.values().copied().filter(|&v| v != 0).collect();
            assert!(odd.is_empty() || (odd.len() == 2 && balance["JFK"] == 1));
        }
    }
}
