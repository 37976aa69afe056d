//! The scaffolds table: a fresh scaffold of each seed problem builds and gets WRONG_ANSWER,
//! never a compile error; a problem a language cannot express is refused by name; and the
//! scaffolds hold what `tests/fixtures/lang/scaffolds.json` says (LeetCode's spellings).

use prep::lang::LangId;
use serde_json::Value;

use crate::common::Prep;

/// The seed problems: one of each signature shape the catalogue has.
const SEEDS: &[&str] = &[
    "two-sum",
    "valid-anagram",
    "group-anagrams",
    "valid-parentheses",
    "min-stack",
    "reverse-linked-list",
    "linked-list-cycle",
    "invert-binary-tree",
    "lowest-common-ancestor-of-a-binary-search-tree",
    "number-of-islands",
    "clone-graph",
    "course-schedule-ii",
    "rotate-image",
    "median-of-two-sorted-arrays",
    "serialize-and-deserialize-binary-tree",
    "copy-list-with-random-pointer",
];

/// The seeds a language does not offer: Rust has no cyclic list and no graph `Node`.
const NOT_OFFERED: &[(LangId, &str)] = &[
    (LangId::Rust, "linked-list-cycle"),
    (LangId::Rust, "clone-graph"),
    (LangId::Rust, "copy-list-with-random-pointer"),
];

pub fn run(lang: LangId) -> Vec<String> {
    let prep = Prep::new();
    let path = crate::fixtures().join("scaffolds.json");
    let wanted: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut failures = Vec::new();
    for slug in SEEDS {
        let label = format!("scaffolds/{slug} ({lang})");
        let out = prep
            .cmd()
            .args(["solve", slug, "--lang", lang.as_str(), "--no-watch"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        if NOT_OFFERED.contains(&(lang, slug)) {
            let said = format!("not offered in {}", lang.title());
            if out.status.code() != Some(2) || !stderr.contains(&said) {
                failures.push(format!(
                    "{label}: `solve` should exit 2 saying {said:?}: {stderr}"
                ));
            }
            continue;
        }
        if !out.status.success() {
            failures.push(format!("{label}: `solve` failed: {stderr}"));
            continue;
        }
        let file = prep
            .home()
            .join(format!("solutions/{slug}/{}", lang.file_name()));
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let lines = |key: &str| -> Vec<String> {
            let listed = wanted[lang.as_str()][slug][key].as_array().cloned();
            listed
                .into_iter()
                .flatten()
                .map(|l| l.as_str().unwrap().into())
                .collect()
        };
        let mut has = lines("has");
        has.push(format!("prep test {slug}"));
        for line in has {
            if !text.contains(&line) {
                failures.push(format!("{label}: the scaffold lacks {line:?}:\n{text}"));
            }
        }
        for line in lines("lacks") {
            if text.contains(&line) {
                failures.push(format!("{label}: the scaffold has {line:?}:\n{text}"));
            }
        }
        let (doc, code) = prep.test_lang(slug, lang.as_str());
        if code != 1 || doc["verdict"] != "wrong_answer" {
            failures.push(format!("{label}: exit {code}, not wrong_answer: {doc}"));
        }
    }
    for slug in wanted[lang.as_str()]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(s, _)| s)
    {
        assert!(
            SEEDS.contains(&slug.as_str()),
            "{}: {slug} is no seed",
            path.display()
        );
    }
    failures
}
