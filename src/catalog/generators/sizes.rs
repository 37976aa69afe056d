//! Every generator gives a valid input at its smallest size and larger ones as the size grows,
//! with the parameters of every catalogue group that uses it.

use super::{names, Rng, Spec};
use crate::catalog::Catalog;

/// The most bytes of JSON an input of the smallest size may take.
const SMALLEST_AT_MOST: usize = 4096;

/// How large an input is: its length as JSON.
fn bulk(input: &serde_json::Value) -> usize {
    serde_json::to_string(input).expect("json").len()
}

#[test]
fn every_generator_makes_valid_growing_inputs_by_size() {
    let catalog = Catalog::load(None).expect("the embedded catalogue loads");
    let mut problems = Vec::new();
    let mut failures = Vec::new();
    for name in names() {
        let groups: Vec<_> = catalog
            .problems
            .iter()
            .flat_map(|p| {
                let follow_up = p.follow_up.iter().flat_map(|f| &f.generated);
                p.generated.iter().chain(follow_up).map(move |g| (p, g))
            })
            .filter(|(_, g)| g.spec.name() == name)
            .collect();
        problems.push((name, groups.len()));
        for (problem, group) in groups {
            let spec: &Spec = &group.spec;
            let min = spec.size().min;
            let mut last = None;
            let mut smallest = None;
            for n in [min, min * 4 + 8, min * 16 + 64].map(|n| n.min(spec.size().max)) {
                let at = format!("{name} in {} `{}` at size {n}", problem.slug, group.name);
                let input = match spec.at_size(n, &mut Rng::new(n)) {
                    Ok(input) => input,
                    Err(e) => {
                        failures.push(format!("{at}: {e}"));
                        break;
                    }
                };
                if let Err(e) = problem.signature.check_input(&input, "input") {
                    failures.push(format!("{at}: {}: {}", e.path, e.message));
                    break;
                }
                let size = bulk(&input);
                // The finder draws hundreds of inputs at the smallest sizes: a parameter that
                // keeps them large (100000 queries beside one interval) made it take minutes.
                if n == min && size > SMALLEST_AT_MOST {
                    failures.push(format!(
                        "{at}: {size} bytes at its smallest size: a parameter that makes inputs larger is not scaled (`Size`)"
                    ));
                }
                if let Some((last_n, last_size)) = last {
                    if spec.size().grows() && n > last_n && size < last_size {
                        failures.push(format!("{at}: {size} bytes, fewer than at {last_n}"));
                    }
                }
                smallest.get_or_insert(size);
                last = Some((n, size));
            }
            let grew = last.zip(smallest).is_some_and(|((_, l), s)| l > s);
            if spec.size().grows() && !grew {
                failures.push(format!(
                    "{name} in {} `{}`: no larger at larger sizes",
                    problem.slug, group.name
                ));
            }
        }
    }
    let unused: Vec<_> = problems.iter().filter(|(_, c)| *c == 0).collect();
    assert!(unused.is_empty(), "no catalogue group uses {unused:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
