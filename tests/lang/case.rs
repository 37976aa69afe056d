//! The shape and behaviour tables: one folder a case, read and run here.
//!
//! `case.json`:
//! - `about`: what the case shows, in a sentence;
//! - the problem, one of: `slug` (a catalogue problem), `add_two` (`[time_ms, memory_mb]`: the
//!   local `add(a, b) -> long` problem of `Prep::add_problem`), `problem` (a local problem
//!   `{signature, examples, limits?}`, named after the case);
//! - `runs`: the commands, each `{command, outside, checks, each}` (`command` is `test` by
//!   default; `outside`: the solution is judged with `--file` from a folder outside the
//!   workspace, named after the slug, rather than from the workspace with `--lang`; `checks`
//!   apply to every language, `each` maps a language or a solution's file name to checks of
//!   its own); a shape
//!   needs none: it must be accepted with each example's output as its actual value;
//! - `not_in`: the languages without a solution here, each with the reason.
//!
//! A check is `{"at": POINTER, OP: VALUE}` on the `--json` document, with OP one of `is`
//! (equal), `has` / `lacks` (a substring), `absent` (no such key), `above` (a number greater
//! than), `same_as` (equal to the value at another pointer); or `{"exit": CODE}`; or
//! `{"text_has": S}` on the command's output without `--json`. A pointer segment `*` means
//! every element, `?VERDICT` the first case with that verdict. In strings, `{file}` is the
//! solution's path and `{lang}` the language.

use std::path::{Path, PathBuf};

use prep::lang::LangId;
use serde_json::{json, Map, Value};

use crate::common::Prep;

/// Runs every case of `table` (a folder of the fixtures) in `lang`: the failures.
pub fn run_table(lang: LangId, table: &str) -> Vec<String> {
    let dir = crate::fixtures().join(table);
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    assert!(!folders.is_empty(), "{}: no cases", dir.display());
    let mut failures = Vec::new();
    for folder in folders {
        let name = format!("{table}/{}", folder.file_name().unwrap().to_string_lossy());
        let case = Case::read(&folder);
        let solutions = case.solutions(lang);
        let reason = case.not_in.get(lang.as_str());
        match (solutions.is_empty(), reason) {
            (true, None) => failures.push(format!(
                "{name} ({lang}): no .{} solution and no reason in `not_in`",
                crate::extension(lang)
            )),
            (false, Some(_)) => failures.push(format!(
                "{name} ({lang}): a solution, yet `not_in` names {lang}"
            )),
            _ => {}
        }
        for solution in solutions {
            let label = format!(
                "{name}/{} ({lang})",
                solution.file_name().unwrap().to_string_lossy()
            );
            failures.extend(case.judge(lang, &solution, table == "shapes", &label));
        }
    }
    failures
}

/// One case folder, read.
struct Case {
    folder: PathBuf,
    raw: Value,
    not_in: Map<String, Value>,
}

impl Case {
    fn read(folder: &Path) -> Case {
        let path = folder.join("case.json");
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let raw: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let known = ["about", "slug", "add_two", "problem", "runs", "not_in"];
        for key in raw.as_object().expect("an object").keys() {
            assert!(
                known.contains(&key.as_str()),
                "{}: unknown key `{key}`",
                path.display()
            );
        }
        assert!(raw["about"].is_string(), "{}: no `about`", path.display());
        let not_in = raw["not_in"].as_object().cloned().unwrap_or_default();
        for lang in not_in.keys() {
            assert!(
                LangId::ALL.iter().any(|l| l.as_str() == lang),
                "{}: `not_in` names no language `{lang}`",
                path.display()
            );
        }
        Case {
            folder: folder.to_path_buf(),
            raw,
            not_in,
        }
    }

    /// The case's solution files in `lang`.
    fn solutions(&self, lang: LangId) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&self.folder)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == crate::extension(lang)))
            .collect();
        files.sort();
        files
    }

    /// Sets the problem up in `prep`: its slug.
    fn problem(&self, prep: &Prep) -> String {
        if let Some(slug) = self.raw["slug"].as_str() {
            return slug.into();
        }
        if let Some([time, memory]) = self.raw["add_two"].as_array().map(Vec::as_slice) {
            prep.add_problem(time.as_u64().unwrap(), memory.as_u64().unwrap());
            return "add-two".into();
        }
        let problem = &self.raw["problem"];
        assert!(
            problem.is_object(),
            "{}: no `slug`, `add_two` or `problem`",
            self.folder.display()
        );
        let slug = self
            .folder
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace('_', "-");
        let limits = match &problem["limits"] {
            Value::Null => json!({"time_ms": 2000, "memory_mb": 256}),
            limits => limits.clone(),
        };
        prep.problem_with_limits(
            &slug,
            problem["signature"].clone(),
            problem["examples"].clone(),
            limits,
        );
        slug
    }

    /// Judges `solution` with each run of the case: the failures, each labelled.
    fn judge(&self, lang: LangId, solution: &Path, shape: bool, label: &str) -> Vec<String> {
        let prep = Prep::new();
        let slug = self.problem(&prep);
        let file = prep.solution(
            &slug,
            lang.file_name(),
            &std::fs::read_to_string(solution).unwrap(),
        );
        let runs = match self.raw["runs"].as_array() {
            Some(runs) => runs.clone(),
            None if shape => vec![json!({"checks": self.accepted_with_the_outputs()})],
            None => panic!("{}: no `runs`", self.folder.display()),
        };
        let mut failures = Vec::new();
        for run in &runs {
            for key in run.as_object().expect("a run is an object").keys() {
                assert!(
                    ["command", "outside", "checks", "each"].contains(&key.as_str()),
                    "{}: unknown key `{key}` in a run",
                    self.folder.display()
                );
            }
            let command = run["command"].as_str().unwrap_or("test");
            let mut file = file.clone();
            let mut args = vec![command, slug.as_str(), "--lang", lang.as_str()];
            let outside;
            if run["outside"] == json!(true) {
                file = prep.write(
                    &format!("elsewhere/{slug}/{}", lang.file_name()),
                    &std::fs::read_to_string(solution).unwrap(),
                );
                outside = file.display().to_string();
                args = vec![command, slug.as_str(), "--file", &outside];
            }
            let (doc, code) = prep.json(&[&args[..], &["--json"]].concat());
            let name = solution.file_name().unwrap().to_string_lossy();
            let own = [lang.as_str(), &*name].map(|key| run["each"][key].as_array().cloned());
            let checks = run["checks"].as_array().into_iter().flatten();
            let mut text = None;
            for check in checks.chain(own.iter().flatten().flatten()) {
                let check = fill(check, &file, lang);
                let outcome = if let Some(wanted) = check.get("text_has") {
                    let out = text.get_or_insert_with(|| {
                        let out = prep.cmd().args(&args).output().unwrap();
                        String::from_utf8_lossy(&out.stdout).into_owned()
                    });
                    let wanted = wanted.as_str().unwrap();
                    if out.contains(wanted) {
                        Ok(())
                    } else {
                        Err(format!("the output has no {wanted:?}:\n{out}"))
                    }
                } else {
                    verify(&check, &doc, code)
                };
                if let Err(why) = outcome {
                    failures.push(format!("{label}, prep {command}: {why}\n  document: {doc}"));
                }
            }
        }
        failures
    }

    /// A shape's checks: accepted, each example's output the case's actual value.
    fn accepted_with_the_outputs(&self) -> Value {
        let mut checks = vec![
            json!({"exit": 0}),
            json!({"at": "/verdict", "is": "accepted"}),
        ];
        let examples = self.raw["problem"]["examples"].as_array().unwrap();
        for (i, example) in examples.iter().enumerate() {
            checks.push(json!({"at": format!("/cases/{i}/actual"), "is": example["output"]}));
        }
        Value::Array(checks)
    }
}

/// `check` with `{file}` and `{lang}` filled in its strings.
fn fill(check: &Value, file: &Path, lang: LangId) -> Value {
    match check {
        Value::String(s) => Value::String(
            s.replace("{file}", &file.display().to_string())
                .replace("{lang}", lang.as_str()),
        ),
        Value::Array(items) => items.iter().map(|v| fill(v, file, lang)).collect(),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), fill(v, file, lang)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Whether the document (and the exit code) pass `check`; why not, when they do not.
pub fn verify(check: &Value, doc: &Value, code: i32) -> Result<(), String> {
    let map = check.as_object().ok_or(format!("not a check: {check}"))?;
    if let Some(exit) = map.get("exit") {
        return if exit.as_i64() == Some(i64::from(code)) {
            Ok(())
        } else {
            Err(format!("exit {code}, not {exit}"))
        };
    }
    let at = map
        .get("at")
        .and_then(Value::as_str)
        .ok_or(format!("no `at` in {check}"))?;
    let ops: Vec<(&String, &Value)> = map.iter().filter(|(k, _)| *k != "at").collect();
    let [(op, wanted)] = ops[..] else {
        return Err(format!("not one operation in {check}"));
    };
    let found = resolve(doc, at);
    if found.is_empty() {
        return Err(format!("{at}: nothing there"));
    }
    for (place, value) in found {
        let ok = match (op.as_str(), value) {
            ("absent", value) => value.is_none() == (wanted == &json!(true)),
            (_, None) => false,
            ("is", Some(v)) => v == wanted,
            ("has", Some(v)) => v
                .as_str()
                .is_some_and(|s| s.contains(wanted.as_str().unwrap())),
            ("lacks", Some(v)) => v
                .as_str()
                .is_some_and(|s| !s.contains(wanted.as_str().unwrap())),
            ("above", Some(v)) => v.as_f64() > wanted.as_f64(),
            ("same_as", Some(v)) => resolve(doc, wanted.as_str().unwrap())
                .first()
                .is_some_and(|(_, other)| *other == Some(v)),
            (op, _) => return Err(format!("unknown operation `{op}` in {check}")),
        };
        if !ok {
            let shown = value.map_or("nothing".to_string(), |v| match v {
                Value::String(s) => s.clone(),
                v => v.to_string(),
            });
            return Err(format!("{place} {op} {wanted} fails; it is: {shown}"));
        }
    }
    Ok(())
}

/// The values at `pointer` (`*` every element, `?VERDICT` the first case with that verdict),
/// each with its place; `None` where the last key is missing.
fn resolve<'a>(doc: &'a Value, pointer: &str) -> Vec<(String, Option<&'a Value>)> {
    let mut found = vec![(String::new(), Some(doc))];
    for segment in pointer.split('/').skip(1) {
        let mut next = Vec::new();
        for (place, value) in found {
            let Some(value) = value else { continue };
            match (segment, value) {
                ("*", Value::Array(items)) => next.extend(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, v)| (format!("{place}/{i}"), Some(v))),
                ),
                (s, Value::Array(items)) if s.starts_with('?') => {
                    let verdict = &s[1..];
                    if let Some((i, v)) = items
                        .iter()
                        .enumerate()
                        .find(|(_, v)| v["verdict"] == verdict)
                    {
                        next.push((format!("{place}/{i}"), Some(v)));
                    }
                }
                (s, Value::Array(items)) => {
                    next.push((
                        format!("{place}/{s}"),
                        s.parse().ok().and_then(|i: usize| items.get(i)),
                    ));
                }
                (s, Value::Object(map)) => next.push((format!("{place}/{s}"), map.get(s))),
                (s, _) => next.push((format!("{place}/{s}"), None)),
            }
        }
        found = next;
    }
    found
}

#[test]
fn checks_fail_when_the_document_differs() {
    let doc = json!({"verdict": "wrong_answer", "cases": [{"verdict": "accepted", "stdout": "a"}, {"verdict": "runtime_error", "message": "boom"}]});
    let check = |c: Value| verify(&c, &doc, 1);
    assert!(check(json!({"exit": 1})).is_ok());
    assert!(check(json!({"exit": 0})).is_err());
    assert!(check(json!({"at": "/verdict", "is": "wrong_answer"})).is_ok());
    assert!(check(json!({"at": "/verdict", "is": "accepted"})).is_err());
    assert!(check(json!({"at": "/cases/?runtime_error/message", "has": "oo"})).is_ok());
    assert!(check(json!({"at": "/cases/?time_limit_exceeded/message", "has": "oo"})).is_err());
    assert!(check(json!({"at": "/cases/*/verdict", "lacks": "limit"})).is_ok());
    assert!(check(json!({"at": "/cases/*/verdict", "is": "accepted"})).is_err());
    assert!(check(json!({"at": "/cases/0/warning", "absent": true})).is_ok());
    assert!(check(json!({"at": "/cases/0/stdout", "absent": true})).is_err());
    assert!(check(json!({"at": "/cases/5/stdout", "is": "a"})).is_err());
    assert!(check(json!({"at": "/cases/0/stdout", "same_as": "/cases/1/message"})).is_err());
    assert!(check(json!({"at": "/cases/0/stdout", "frob": 1})).is_err());
}
