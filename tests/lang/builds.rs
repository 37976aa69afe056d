//! The builds table: a second `prep test` of an unchanged file reuses its build, as it was
//! (Java, C++, Rust, TypeScript); an interpreted language builds nothing, and a changed file is what runs
//! next.

use std::path::PathBuf;
use std::time::SystemTime;

use prep::lang::LangId;

use crate::common::Prep;

/// A solution of `add-two` in `lang` that returns `a <op> b`, with `marker` in a comment.
fn adder(lang: LangId, marker: &str, op: char) -> String {
    match lang {
        LangId::Python => format!("# {marker}\nclass Solution:\n    def add(self, a, b):\n        return a {op} b\n"),
        LangId::Java => format!("// {marker}\nclass Solution {{\n    public long add(int a, int b) {{\n        return (long) a {op} b;\n    }}\n}}\n"),
        LangId::Cpp => format!("// {marker}\nclass Solution {{\npublic:\n    long long add(int a, int b) {{ return (long long)a {op} b; }}\n}};\n"),
        LangId::Rust => format!("// {marker}\nimpl Solution {{\n    pub fn add(a: i32, b: i32) -> i64 {{\n        a as i64 {op} b as i64\n    }}\n}}\n"),
        LangId::JavaScript => format!("// {marker}\nvar add = function(a, b) {{\n    return a {op} b;\n}};\n"),
        LangId::Go => format!("// {marker}\nfunc add(a int, b int) int64 {{\n    return int64(a) {op} int64(b)\n}}\n"),
        LangId::TypeScript => format!("// {marker}\nfunction add(a: number, b: number): number {{\n    return a {op} b;\n}};\n"),
    }
}

/// The build folders holding `marker`, each with every file's modification time.
fn builds(lang: LangId, marker: &str) -> Vec<(PathBuf, Vec<(PathBuf, SystemTime)>)> {
    let root = Prep::cache().join("builds").join(lang.as_str());
    let mut found = Vec::new();
    for dir in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        let mut files: Vec<(PathBuf, SystemTime)> = std::fs::read_dir(dir.path())
            .into_iter()
            .flatten()
            .flatten()
            .filter(|f| f.path().is_file())
            .map(|f| (f.path(), f.metadata().unwrap().modified().unwrap()))
            .collect();
        files.sort();
        let mine = files.iter().any(|(f, _)| {
            std::fs::read(f)
                .is_ok_and(|bytes| bytes.windows(marker.len()).any(|w| w == marker.as_bytes()))
        });
        if mine {
            found.push((dir.path(), files));
        }
    }
    found
}

pub fn run(lang: LangId) -> Vec<String> {
    let prep = Prep::new();
    prep.add_problem(2000, 256);
    let marker = format!(
        "build marker {}",
        prep.home().file_name().unwrap().to_string_lossy()
    );
    prep.solution("add-two", lang.file_name(), &adder(lang, &marker, '+'));
    let label = format!("builds ({lang})");
    let mut failures = Vec::new();
    let mut judge = |what: &str| {
        let (doc, code) = prep.test_lang("add-two", lang.as_str());
        if code != 0 {
            failures.push(format!("{label}, {what}: exit {code}: {doc}"));
        }
        doc
    };
    judge("first run");
    let first = builds(lang, &marker);
    judge("second run");
    let compiled = !matches!(lang, LangId::Python | LangId::JavaScript);
    if compiled && first.len() != 1 {
        failures.push(format!(
            "{label}: {} build folders after the first run, not 1: {first:?}",
            first.len()
        ));
    }
    let root = Prep::cache().join("builds").join(lang.as_str());
    if !compiled && root.exists() {
        failures.push(format!(
            "{label}: an interpreted language has builds: {}",
            root.display()
        ));
    }
    let second = builds(lang, &marker);
    if second != first {
        failures.push(format!(
            "{label}: the second run changed the build: {first:?} then {second:?}"
        ));
    }
    // A changed file is what runs next.
    prep.solution("add-two", lang.file_name(), &adder(lang, &marker, '-'));
    let (doc, code) = prep.test_lang("add-two", lang.as_str());
    if code != 1 || doc["verdict"] != "wrong_answer" {
        failures.push(format!(
            "{label}: a changed file still ran the old build: {doc}"
        ));
    }
    failures
}
