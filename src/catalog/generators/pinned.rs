//! The pinned output of every generated group in the catalogue: a sha256 of its case inputs
//! for the group's own seed, against `pinned.tsv` beside this file. Stored expected outputs
//! are only right while the same seeds give the same inputs byte for byte, so a change to a
//! generator or to its shared helpers that moves one byte fails here, naming the group.
//!
//! After a deliberate change (and a `prep verify --bless` of the problems it touches), write
//! the table anew with `PREP_PIN_GENERATORS=1 cargo test --lib pinned`.

use sha2::{Digest, Sha256};

use crate::catalog::{Catalog, Problem};

const TABLE: &str = include_str!("pinned.tsv");

/// `slug  key[index]  name  sha256` for every group of every embedded problem.
fn digests(problems: &[Problem]) -> Vec<String> {
    let mut out = Vec::new();
    for problem in problems {
        let follow_up = problem.follow_up.iter().flat_map(|f| &f.generated);
        let keyed = problem
            .generated
            .iter()
            .map(|g| ("generated", g))
            .enumerate()
            .chain(follow_up.map(|g| ("follow_up.generated", g)).enumerate());
        for (i, (key, group)) in keyed {
            let mut hash = Sha256::new();
            for case in 0..group.count {
                let input = group
                    .input(u64::from(case))
                    .unwrap_or_else(|e| panic!("{} {key}[{i}]: {e}", problem.slug));
                hash.update(serde_json::to_string(&input).expect("json").as_bytes());
                hash.update(b"\n");
            }
            let hex: String = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
            out.push(format!(
                "{}\t{key}[{i}]\t{}\t{hex}",
                problem.slug, group.name
            ));
        }
    }
    out
}

#[test]
fn every_group_makes_its_pinned_inputs() {
    let catalog = Catalog::load(None).expect("the embedded catalogue loads");
    let made = digests(&catalog.problems);
    if std::env::var_os("PREP_PIN_GENERATORS").is_some() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/catalog/generators/pinned.tsv"
        );
        std::fs::write(path, made.join("\n") + "\n").expect("write the table");
        return;
    }
    let pinned: Vec<&str> = TABLE.lines().collect();
    let differing: Vec<String> = made
        .iter()
        .filter(|line| !pinned.contains(&line.as_str()))
        .cloned()
        .collect();
    assert!(
        differing.is_empty(),
        "{} of {} groups make other inputs than pinned (or are new):\n{}",
        differing.len(),
        made.len(),
        differing.join("\n")
    );
    assert_eq!(
        made.len(),
        pinned.len(),
        "groups were removed from the catalogue"
    );
}
