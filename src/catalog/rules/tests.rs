use serde_json::{json, Value};

use super::*;

/// The rules of a signature, read as a problem's loader reads them.
fn read(signature: Value) -> Result<(Signature, Rules), Invalid> {
    let mut signature = signature;
    let raw = Rules::strip(&mut signature)?;
    let sig = Signature::from_json(&signature)?;
    let rules = raw.check(&sig)?;
    Ok((sig, rules))
}

fn check(signature: &Value, input: Value) -> Result<(), String> {
    let (sig, rules) = read(signature.clone()).unwrap();
    sig.check_input(&input, "input")
        .map_err(|m| m.to_string())?;
    rules.check(&sig, &input, false)
}

#[test]
fn each_rule_names_the_place_and_the_rule() {
    let sig = json!({"function": "twoSum", "params": [
        {"name": "nums", "type": "int[]", "len": [2, 10000], "range": [-1e9, 1e9]},
        {"name": "target", "type": "int", "range": [-1e9, 1e9]}],
        "returns": "int[]", "rules": ["one_pair_sum(nums, target)"]});
    assert_eq!(
        check(&sig, json!({"nums": [2, 7, 11, 15], "target": 9})),
        Ok(())
    );
    assert_eq!(
        check(&sig, json!({"nums": [1, 2, 3, 2000000000], "target": 3})).unwrap_err(),
        "nums[3]: 2000000000 is over 10^9"
    );
    assert_eq!(
        check(&sig, json!({"nums": [1], "target": 3})).unwrap_err(),
        "nums: length 1 is under 2"
    );
    assert_eq!(
        check(&sig, json!({"nums": [1, 2, 2, 1], "target": 3})).unwrap_err(),
        "nums, target: 4 pairs add up to 3, not exactly one"
    );
    let words = json!({"function": "f", "params": [
        {"name": "grid", "type": "char[][]", "rect": true, "chars": "01"},
        {"name": "words", "type": "string[]", "distinct": true, "items": {"len": [1, 3], "chars": "a-z"}},
        {"name": "nums", "type": "int[]", "sorted": "asc_strict"}],
        "returns": "int"});
    let ok = json!({"grid": [["1", "0"], ["0", "0"]], "words": ["ab", "c"], "nums": [1, 2]});
    assert_eq!(check(&words, ok), Ok(()));
    let cases = [
        (
            json!({"grid": [["1", "0"], ["0"]], "words": [], "nums": []}),
            "grid[1]: 1 columns, but grid[0] has 2: rows must be equally long",
        ),
        (
            json!({"grid": [["1", "2"]], "words": [], "nums": []}),
            "grid[0][1]: '2' is not one of \"01\"",
        ),
        (
            json!({"grid": [], "words": ["ab", "ab"], "nums": []}),
            "words[1]: \"ab\" repeats words[0]: values must be distinct",
        ),
        (
            json!({"grid": [], "words": ["abcd"], "nums": []}),
            "words[0]: length 4 is over 3",
        ),
        (
            json!({"grid": [], "words": ["aB"], "nums": []}),
            "words[0][1]: 'B' is not one of \"a-z\"",
        ),
        (
            json!({"grid": [], "words": [], "nums": [1, 1]}),
            "nums[1]: 1 after 1: not strictly increasing",
        ),
    ];
    for (input, message) in cases {
        assert_eq!(check(&words, input).unwrap_err(), message);
    }
}

#[test]
fn a_design_case_is_held_to_its_calls_and_argument_ranges() {
    let sig = json!({"class": "MinStack", "calls": [1, 3],
        "methods": [{"name": "push", "params": [{"name": "val", "type": "int", "range": [0, 9]}], "returns": "void"},
                    {"name": "pop", "returns": "void", "calls": [0, 1]}]});
    assert_eq!(
        check(
            &sig,
            json!({"ops": ["MinStack", "push", "pop"], "args": [[], [1], []]})
        ),
        Ok(())
    );
    assert_eq!(
        check(
            &sig,
            json!({"ops": ["MinStack", "push"], "args": [[], [10]]})
        )
        .unwrap_err(),
        "args[1][0] (push val): 10 is over 9"
    );
    assert_eq!(
        check(
            &sig,
            json!({"ops": ["MinStack", "push", "pop", "pop"], "args": [[], [1], [], []]})
        )
        .unwrap_err(),
        "ops: 2 calls of pop, outside 0 to 1"
    );
}

#[test]
fn a_rule_that_cannot_apply_is_refused_at_its_path() {
    let err = |sig: Value| read(sig).unwrap_err();
    let e = err(
        json!({"function": "f", "params": [{"name": "n", "type": "int", "lenght": [1, 2]}], "returns": "int"}),
    );
    assert_eq!(e.path, "signature.params[0].lenght");
    assert!(e.message.starts_with("unknown rule `lenght`"), "{e}");
    let e = err(
        json!({"function": "f", "params": [{"name": "a", "type": "int[]", "chars": "a-z"}], "returns": "int"}),
    );
    assert_eq!(e.path, "signature.params[0].chars");
    let e = err(
        json!({"function": "f", "params": [{"name": "a", "type": "int[]"}], "returns": "int", "rules": ["exactly_one(a)"]}),
    );
    assert_eq!(e.path, "signature.rules[0]");
    assert!(e.message.starts_with("no rule named `exactly_one`"), "{e}");
    let e = err(
        json!({"function": "f", "params": [{"name": "a", "type": "int[]"}], "returns": "int", "rules": ["bst(a)"]}),
    );
    assert!(
        e.message.contains("`a` is int[], the rule reads TreeNode"),
        "{e}"
    );
}

#[test]
fn a_bst_is_told_from_a_tree_that_is_not() {
    let sig = json!({"function": "f", "params": [{"name": "root", "type": "TreeNode"}], "returns": "int", "rules": ["bst(root)"]});
    assert_eq!(check(&sig, json!({"root": [5, 3, 8, 1, 4]})), Ok(()));
    assert!(check(&sig, json!({"root": [5, 3, 8, 1, 6]}))
        .unwrap_err()
        .starts_with("root: node 6"));
}

/// Every input of the embedded catalogue, hand-written and generated (as the judge makes
/// them), meets its problem's rules: the same check `prep verify` makes, without running any
/// reference. `PREP_RULES_ONLY=slug,slug` narrows it while authoring, and `PREP_CACHE` lets it reuse the
/// judge's cached inputs.
#[test]
fn every_catalogue_input_meets_its_rules() {
    let catalog = crate::catalog::Catalog::load(None).unwrap();
    let only = std::env::var("PREP_RULES_ONLY").unwrap_or_default();
    // A cache folder makes repeated runs fast; without one every input is made afresh.
    let inputs = std::env::var_os("PREP_CACHE")
        .map_or_else(crate::judge::inputs::InputCache::none, |dir| {
            crate::judge::inputs::InputCache::new(std::path::Path::new(&dir))
        });
    let mut broken = Vec::new();
    let mut checked = 0;
    for problem in &catalog.problems {
        if !only.is_empty() && !only.split(',').any(|s| s == problem.slug) {
            continue;
        }
        let cases = crate::judge::submit_cases(problem, &inputs).unwrap();
        for case in &cases {
            checked += 1;
            let follow_up = case.group == crate::judge::report::Group::FollowUp;
            if let Err(why) = check_case(problem, &case.input.value_once(), follow_up) {
                broken.push(format!(
                    "{} {} `{}`: {why}",
                    problem.slug,
                    case.group.as_str(),
                    case.name
                ));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "{} of {checked} inputs break their rules:\n{}",
        broken.len(),
        broken.join("\n")
    );
    assert!(checked > 0);
}
