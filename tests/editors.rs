//! Editor support (`src/editor/`), checked with the language servers' own command-line
//! checkers over a real workspace: every catalogue problem scaffolded, then every accepted
//! reference in place of the scaffold, must give no error. And `prep solve` writes prep's
//! editor files without touching the user's files.

#[path = "common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use prep::catalog::Catalog;
use prep::lang::LangId;
use serde_json::Value;

use common::{each, Prep};

/// The catalogue's problem folders, by slug.
fn problem_folder(slug: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("problems");
    std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .map(|topic| topic.path().join(slug))
        .find(|p| p.join("problem.json").is_file())
        .unwrap_or_else(|| panic!("no folder for {slug} under {}", root.display()))
}

/// The accepted references of `slug` in `lang`, in name order.
fn accepted(slug: &str, lang: LangId) -> Vec<PathBuf> {
    let ext = lang.file_name().rsplit('.').next().unwrap();
    let dir = problem_folder(slug).join("solutions/accepted");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    files
}

/// A workspace with prep's editor files for `lang`, written by `prep solve` as a user's are,
/// and every catalogue problem offered in `lang` scaffolded: returns the workspace and the
/// problems' slugs.
fn scaffolded(prep: &Prep, lang: LangId) -> (PathBuf, Vec<String>) {
    let out = prep
        .cmd()
        .args(["solve", "two-sum", "--lang", lang.as_str(), "--no-watch"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && said.contains("Set up the workspace"),
        "`prep solve` should set the workspace up: {said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let workspace = prep.home().join("solutions");
    let language = prep::lang::language(lang);
    let catalog = Catalog::load(None).unwrap();
    let mut slugs = Vec::new();
    for problem in &catalog.problems {
        if language.not_offered(problem).is_some() {
            continue;
        }
        let path = workspace.join(&problem.slug).join(lang.file_name());
        let scaffold = language.scaffold(problem);
        if path.exists() {
            // The one `prep solve` wrote: the library's scaffold is the command's.
            assert_eq!(std::fs::read_to_string(&path).unwrap(), scaffold);
        } else {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, scaffold).unwrap();
        }
        slugs.push(problem.slug.clone());
    }
    (workspace, slugs)
}

/// Puts each problem's accepted references in `lang` in place of its scaffold (a second one
/// beside it, as `solution_2.<ext>`); returns the files it wrote.
fn with_references(workspace: &Path, slugs: &[String], lang: LangId) -> Vec<PathBuf> {
    let mut written = Vec::new();
    for slug in slugs {
        let (stem, ext) = lang.file_name().rsplit_once('.').unwrap();
        for (i, reference) in accepted(slug, lang).iter().enumerate() {
            let name = match i {
                0 => lang.file_name().to_string(),
                _ => format!("{stem}_{}.{ext}", i + 1),
            };
            let path = workspace.join(slug).join(name);
            std::fs::copy(reference, &path).unwrap();
            written.push(path);
        }
    }
    written
}

/// `errors` (a checker's error lines over `what`) is empty; else the failure lists them.
fn assert_clean(checker: &str, errors: &[String], what: &str) {
    assert!(
        errors.is_empty(),
        "{checker}: {} error(s) in {what}:\n{}",
        errors.len(),
        errors.join("\n")
    );
}

/// pyright's errors over the project at `root`, one line each (file, line, rule, message).
fn pyright_errors(root: &Path) -> Vec<String> {
    let out = Command::new("pyright")
        .arg("--outputjson")
        .current_dir(root)
        .output()
        .expect("pyright runs");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "pyright's report is not JSON ({e}): {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert!(
        report["summary"]["filesAnalyzed"].as_u64().unwrap_or(0) > 0,
        "pyright analysed nothing: {report}"
    );
    each(&report["generalDiagnostics"])
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            format!(
                "{}:{}: {} ({})",
                d["file"].as_str().unwrap_or("?"),
                d["range"]["start"]["line"].as_u64().unwrap_or(0) + 1,
                d["message"].as_str().unwrap_or("?"),
                d["rule"].as_str().unwrap_or("-")
            )
        })
        .collect()
}

/// pyright, with the workspace's `__builtins__.pyi` and `pyrightconfig.json`, finds no error in
/// any Python scaffold, nor in any accepted Python reference.
#[test]
fn pyright_finds_no_error_in_python_scaffolds_and_references() {
    prep::tools::need("pyright");
    let prep = Prep::new();
    let (workspace, slugs) = scaffolded(&prep, LangId::Python);
    assert_eq!(slugs.len(), Catalog::load(None).unwrap().problems.len());
    let errors = pyright_errors(&workspace);
    assert_clean("pyright", &errors, "the scaffolds");
    let references = with_references(&workspace, &slugs, LangId::Python).len();
    assert!(
        references >= slugs.len(),
        "every problem has a Python reference"
    );
    let errors = pyright_errors(&workspace);
    assert_clean(
        "pyright",
        &errors,
        &format!("the {references} accepted references"),
    );
}

/// `tsc -p jsconfig.json` in the workspace (the check VS Code's tsserver makes): its errors, one
/// a line, and how many JavaScript files it checked.
fn tsc_errors(workspace: &Path) -> (Vec<String>, usize) {
    let out = Command::new("tsc")
        .args(["-p", "jsconfig.json", "--listFiles", "--pretty", "false"])
        .current_dir(workspace)
        .output()
        .expect("tsc runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let errors: Vec<String> = text
        .lines()
        .filter(|l| l.contains(": error TS"))
        .map(String::from)
        .collect();
    let checked = text.lines().filter(|l| l.ends_with(".js")).count();
    (errors, checked)
}

/// tsc, with the workspace's `jsconfig.json` (JSDoc types checked) and `.prep/javascript/`'s
/// declarations of LeetCode's classes and queues, finds no error in any JavaScript scaffold
/// (each returns a value of its type, as Java's and C++'s do), nor in any accepted JavaScript
/// reference.
#[test]
fn tsc_finds_no_error_in_javascript_scaffolds_and_references() {
    prep::tools::need("typescript");
    let prep = Prep::new();
    let (workspace, slugs) = scaffolded(&prep, LangId::JavaScript);
    let (errors, checked) = tsc_errors(&workspace);
    assert_eq!(checked, slugs.len(), "tsc checked {checked} files");
    assert_clean("tsc", &errors, "the scaffolds");
    let references = with_references(&workspace, &slugs, LangId::JavaScript).len();
    assert!(references > 0, "no JavaScript reference");
    let (errors, checked) = tsc_errors(&workspace);
    assert!(checked >= slugs.len(), "tsc checked {checked} files");
    assert_clean(
        "tsc",
        &errors,
        &format!("the {references} accepted references"),
    );
}

/// `rust-analyzer diagnostics` over the workspace (its `rust-project.json`): the error lines,
/// and the number of crates it loaded.
fn rust_analyzer_errors(workspace: &Path) -> (Vec<String>, usize) {
    let out = Command::new("rust-analyzer")
        .args(["diagnostics", "."])
        .current_dir(workspace)
        .output()
        .expect("rust-analyzer runs");
    // Progress and findings share its stderr, the progress redrawn with carriage returns.
    let text = String::from_utf8_lossy(&out.stderr).replace('\r', "\n");
    let errors: Vec<String> = text
        .lines()
        .filter(|l| l.contains(": Error "))
        .map(|l| l[l.find("at crate").unwrap_or(0)..].to_string())
        .collect();
    let crates = std::fs::read_to_string(workspace.join("rust-project.json"))
        .map(|t| t.matches("\"root_module\"").count())
        .unwrap_or(0);
    (errors, crates)
}

/// rust-analyzer, with the workspace's `rust-project.json` (a crate per solved problem, rooted
/// at `.prep/rust/<slug>.rs`, which gives the solution what the judge's harness gives and
/// `include!`s it), finds no error in any Rust scaffold, nor in any accepted Rust reference.
#[test]
fn rust_analyzer_finds_no_error_in_rust_scaffolds_and_references() {
    prep::tools::need("rust-analyzer");
    let prep = Prep::new();
    let (workspace, slugs) = scaffolded(&prep, LangId::Rust);
    // `prep solve` again: rust-project.json lists the problems solved when it is written.
    prep.says(
        &["solve", "two-sum", "--lang", "rust", "--no-watch"],
        0,
        &[],
    );
    let (errors, crates) = rust_analyzer_errors(&workspace);
    assert_eq!(crates, slugs.len(), "a crate per scaffold");
    assert_clean("rust-analyzer", &errors, "the scaffolds");
    let references = with_references(&workspace, &slugs, LangId::Rust).len();
    assert!(references > 0, "no Rust reference");
    let (errors, _) = rust_analyzer_errors(&workspace);
    assert_clean(
        "rust-analyzer",
        &errors,
        &format!("the {references} accepted references"),
    );
}

/// clangd as installed: `clangd-19` (Debian's name), else `clangd`.
fn clangd() -> &'static str {
    if prep::lang::toolchain::which("clangd-19").is_some() {
        "clangd-19"
    } else {
        "clangd"
    }
}

/// clangd's errors in each of `files` (`clangd --check`, two at a time), one line each.
fn clangd_errors(files: &[PathBuf]) -> Vec<String> {
    let queue = std::sync::Mutex::new(files.iter());
    let errors = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| loop {
                let Some(file) = queue.lock().unwrap().next() else {
                    return;
                };
                let out = Command::new(clangd())
                    .arg(format!("--check={}", file.display()))
                    .arg("--check-locations=false")
                    .output()
                    .expect("clangd runs");
                let log = String::from_utf8_lossy(&out.stderr);
                let mut found: Vec<String> = log
                    .lines()
                    .filter(|l| l.starts_with("E["))
                    .map(|l| format!("{}: {l}", file.display()))
                    .collect();
                if !log.contains("All checks completed") {
                    found.push(format!("{}: clangd did not finish:\n{log}", file.display()));
                }
                errors.lock().unwrap().extend(found);
            });
        }
    });
    errors.into_inner().unwrap()
}

/// The extra header `.clangd` gives each problem folder (`list_node.h`, say), by slug: the
/// `PathMatch: <slug>/.*` sections prep wrote.
fn clangd_headers(workspace: &Path) -> std::collections::HashMap<String, String> {
    let config = std::fs::read_to_string(workspace.join(".clangd")).unwrap();
    config
        .split("\n---\n")
        .filter_map(|section| {
            let slug = section.split("PathMatch: ").nth(1)?.split("/.*").next()?;
            let header = section.split("-include, ").nth(1)?.split(']').next()?;
            Some((slug.to_string(), header.trim().to_string()))
        })
        .collect()
}

/// clangd, with the workspace's `.clangd` and prep's headers under `.prep/cpp`, finds no error
/// in any C++ scaffold, nor in any accepted C++ reference. A clangd check costs about two
/// seconds, most of it the standard headers, so the scaffolds are checked together: those given
/// the same header by `.clangd`, each in a namespace of its own, make one file in the first one's
/// folder (where `.clangd` gives that header).
#[test]
fn clangd_finds_no_error_in_cpp_scaffolds_and_references() {
    prep::tools::need("clangd-19");
    let prep = Prep::new();
    let (workspace, slugs) = scaffolded(&prep, LangId::Cpp);
    let headers = clangd_headers(&workspace);
    assert!(
        headers.values().any(|h| h.ends_with("tree_node.h\"")),
        "no problem folder gets tree_node.h from .clangd: {headers:?}"
    );
    let mut together: Vec<(String, String)> = Vec::new();
    for slug in &slugs {
        let header = headers.get(slug).cloned().unwrap_or_default();
        let scaffold =
            std::fs::read_to_string(workspace.join(slug).join(LangId::Cpp.file_name())).unwrap();
        let chunk = format!(
            "// {slug}\nnamespace p_{} {{\n{scaffold}\n}}\n",
            slug.replace('-', "_")
        );
        match together.iter_mut().find(|(h, _)| *h == header) {
            Some((_, text)) => text.push_str(&chunk),
            None => together.push((header, format!("// {slug}'s folder\n{chunk}"))),
        }
    }
    let files: Vec<PathBuf> = together
        .iter()
        .map(|(_, text)| {
            let folder = text.lines().next().unwrap();
            let slug = &folder[3..folder.len() - "'s folder".len()];
            let path = workspace.join(slug).join("all_scaffolds.cpp");
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect();
    let errors = clangd_errors(&files);
    assert_clean("clangd", &errors, &format!("the {} scaffolds", slugs.len()));
    let references = with_references(&workspace, &slugs, LangId::Cpp);
    assert!(!references.is_empty(), "the catalogue has C++ references");
    let errors = clangd_errors(&references);
    let what = format!("the {} accepted references", references.len());
    assert_clean("clangd", &errors, &what);
}

/// `prep solve` writes its editor files once, rewrites a stale one, says once that it left the
/// user's own file of the same name, and never changes the user's solution file.
#[test]
fn solve_writes_its_editor_files_and_leaves_the_users() {
    let prep = Prep::new();
    let users_config = "{ \"typeCheckingMode\": \"strict\" }\n";
    let config = prep.write("solutions/pyrightconfig.json", users_config);
    let mine =
        "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]   # mine\n";
    let solution = prep.write("solutions/two-sum/solution.py", mine);
    let solve = |slug: &str| -> String {
        let out = prep
            .cmd()
            .args(["solve", slug, "--lang", "python", "--no-watch"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let first = solve("two-sum");
    assert!(first.contains("__builtins__.pyi"), "{first}");
    assert!(
        first.contains("your own pyrightconfig.json left as it is"),
        "{first}"
    );
    assert_eq!(std::fs::read_to_string(&config).unwrap(), users_config);
    assert_eq!(std::fs::read_to_string(&solution).unwrap(), mine);
    let stub = prep.home().join("solutions/__builtins__.pyi");
    assert!(std::fs::read_to_string(&stub)
        .unwrap()
        .contains("class ListNode"));

    let second = solve("valid-anagram");
    assert!(
        !second.contains("Set up") && !second.contains("your own"),
        "said once only: {second}"
    );

    let current = std::fs::read_to_string(&stub).unwrap();
    let first_line = current.lines().next().unwrap();
    std::fs::write(&stub, format!("{first_line}\nan older version\n")).unwrap();
    let third = solve("two-sum");
    assert!(third.contains("__builtins__.pyi"), "{third}");
    assert_eq!(std::fs::read_to_string(&stub).unwrap(), current);
    assert_eq!(std::fs::read_to_string(&solution).unwrap(), mine);
    assert_eq!(std::fs::read_to_string(&config).unwrap(), users_config);
}

/// `prep doctor` says whether each language's editor files are set up in the workspace.
#[test]
fn doctor_says_whether_the_workspace_is_set_up() {
    let prep = Prep::new();
    let doctor = || -> String {
        let out = prep.cmd().arg("doctor").output().unwrap();
        assert!(out.status.success(), "{out:?}");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let line = text
            .lines()
            .find(|l| l.contains("python") && l.contains(" · "))
            .unwrap_or_else(|| panic!("no Editors line for Python: {text}"))
            .to_string();
        line
    };
    assert!(doctor().contains("workspace not set up"));
    prep.says(
        &["solve", "two-sum", "--lang", "python", "--no-watch"],
        0,
        &[],
    );
    assert!(doctor().contains("workspace set up"));
    prep.write("solutions/__builtins__.pyi", "x: int\n");
    assert!(doctor().contains("your own __builtins__.pyi"));
}
