//! `prep verify --bless`: recomputes a folder's expected outputs from its accepted Python
//! reference. Generated cases' `expected` are the reference's by definition and are rewritten;
//! an example's or hand-written test's `output` was written by a person, so the reference may
//! only confirm it: where the two disagree (under the problem's checker) nothing is written
//! unless `--force`, because a blessed bug in the reference would otherwise erase the one
//! check that did not come from it.

use std::path::Path;

use anyhow::{anyhow, bail, Result};
use serde_json::Value;

use crate::catalog::problem::Checker;
use crate::catalog::{self, Expected};
use crate::judge::{self, check};

use super::FULL_EXPECTED;

/// Where a computed output goes in problem.json.
enum Slot {
    /// `output` of `raw[key][i]`, written by hand.
    Written { key: &'static str, i: usize },
    /// `expected[j]` of `raw[key][i]`, made by a generator.
    Generated { key: &'static str, i: usize, j: u32 },
}

fn at<'a>(raw: &'a mut Value, key: &str, i: usize) -> &'a mut Value {
    match key.split_once('.') {
        Some((outer, inner)) => &mut raw[outer][inner][i],
        None => &mut raw[key][i],
    }
}

/// Recomputes every expected output of a folder from its accepted reference.
pub fn bless(folder: &Path, cache: &Path, force: bool) -> Result<()> {
    let problem = catalog::load_folder(folder)?;
    let path = folder.join("problem.json");
    let mut raw: Value = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
    let mut inputs = Vec::new();
    let mut slots = Vec::new();
    for key in ["examples", "tests", "follow_up.tests"] {
        let list = match key.split_once('.') {
            Some((outer, inner)) => &raw[outer][inner],
            None => &raw[key],
        };
        for (i, c) in list.as_array().into_iter().flatten().enumerate() {
            inputs.push(c["input"].clone());
            slots.push(Slot::Written { key, i });
        }
    }
    let follow_up = problem
        .follow_up
        .as_ref()
        .map(|f| f.generated.clone())
        .unwrap_or_default();
    for (key, groups) in [
        ("generated", &problem.generated),
        ("follow_up.generated", &follow_up),
    ] {
        for (i, group) in groups.iter().enumerate() {
            for j in 0..group.count {
                inputs.push(
                    group
                        .input(u64::from(j))
                        .map_err(|e| anyhow!("{key}[{i}]: {e}"))?,
                );
                slots.push(Slot::Generated { key, i, j });
            }
        }
    }
    let outputs = judge::reference_outputs(&problem, &inputs, cache)?;
    let depth = match problem.checker {
        Checker::Unordered(d) => d,
        _ => 0,
    };
    let mut disagreements = Vec::new();
    for (slot, (input, out)) in slots.iter().zip(inputs.iter().zip(outputs)) {
        let value = out.map_err(|e| {
            let (Slot::Written { key, i } | Slot::Generated { key, i, .. }) = slot;
            anyhow!("the accepted reference failed on {key}[{i}]: {e}")
        })?;
        match *slot {
            Slot::Written { key, i } => {
                let target = at(&mut raw, key, i);
                if let Some(stored) = target.get("output").filter(|o| !o.is_null()) {
                    let agrees = check::check(
                        &problem.signature,
                        &problem.checker,
                        input,
                        &Expected::Value(stored.clone()),
                        &value,
                        false,
                    )
                    .is_ok();
                    if agrees {
                        // Kept as its author wrote it (an order the checker ignores, say).
                        continue;
                    }
                    if !force {
                        disagreements.push(format!(
                            "{key}[{i}].output: stored {}, the accepted reference gives {}",
                            check::short(stored),
                            check::short(&value)
                        ));
                        continue;
                    }
                }
                target["output"] = value;
            }
            Slot::Generated { key, i, j } => {
                let canonical = check::sorted(&problem.signature.canonical(input, &value), depth);
                let stored = if value.to_string().len() > FULL_EXPECTED
                    && !matches!(problem.checker, Checker::Float(_))
                {
                    Expected::Digest(check::digest_of(&canonical)).to_json()
                } else {
                    value
                };
                let target = at(&mut raw, key, i);
                if j == 0 {
                    target["expected"] = Value::Array(Vec::new());
                }
                target["expected"]
                    .as_array_mut()
                    .expect("just set")
                    .push(stored);
            }
        }
    }
    if !disagreements.is_empty() {
        bail!(
            "{}: nothing written: the accepted reference disagrees with outputs written by hand:\n  {}\nfix the reference, or pass --force to overwrite them",
            path.display(),
            disagreements.join("\n  ")
        );
    }
    crate::paths::write_atomic(&path, catalog::layout::to_string(&raw).as_bytes())?;
    Ok(())
}
