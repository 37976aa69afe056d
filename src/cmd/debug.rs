//! `prep debug`: one case of `prep test` (examples first, then cases.json) under the
//! language's debugger, stopped at the first line of the user's method.
//!
//! The program the debugger runs is a plain file beside the solution (`debug.py`) that loads
//! the solution and runs that one case through the judge's own harness and prelude, imported
//! from the workspace's `.prep/python/` (editor files, `editor::FILES`): the case runs as
//! `prep test` runs it (LeetCode's implicit names, the same decoding of lists and trees), and
//! the file runs by hand or under any other debugger too (`--print-launch` prints VS Code's
//! entry for it). The solution file is never changed. Python only so far: the compiled
//! languages need a driver built with debug information and a debugger that CI installs.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use anyhow::{anyhow, bail, Context as _, Result};
use serde_json::{json, Value};

use super::Ctx;
use crate::catalog::problem::Expected;
use crate::catalog::Problem;
use crate::cli::DebugArgs;
use crate::lang::{LangId, Language as _};
use crate::types::signature::Signature;

/// The driver's file name, beside the solution.
const DRIVER: &str = "debug.py";

pub fn run(ctx: &Ctx, args: &DebugArgs) -> Result<u8> {
    let target = super::resolve(ctx, &args.which)?;
    let problem = target.problem;
    if target.lang != LangId::Python {
        bail!(
            "prep debug runs Python solutions only so far; `prep test {} --lang {} --case {}` runs that case",
            problem.slug,
            target.lang,
            args.case
        );
    }
    let mut case = vec![super::test::pick(
        super::test::numbered_cases(ctx, problem)?,
        args.case,
    )?];
    super::test::fill_expected(ctx, problem, &mut case);
    let case = case.remove(0);
    let solution = std::path::absolute(&target.path)
        .with_context(|| format!("{}: cannot resolve the path", target.path.display()))?;
    let folder = solution
        .parent()
        .ok_or_else(|| anyhow!("{}: no folder", solution.display()))?;
    let source = super::read_source(&solution)?;
    let (class, method) = stop_in(&problem.signature, &source.text);
    let line = body_line(&source.text, class, method).ok_or_else(|| {
        anyhow!(
            "{}: no `def {method}(` in `class {class}` to stop in",
            solution.display()
        )
    })?;

    let workspace = std::path::absolute(ctx.workspace()).unwrap_or_else(|_| ctx.workspace());
    let place = crate::editor::Place {
        workspace: &workspace,
        problems: &ctx.catalog()?.problems,
    };
    let setup = crate::editor::set_up(&place, LangId::Python)?;
    let harness = workspace.join(".prep/python");
    if let Some(users) = setup.users.iter().find(|p| p.starts_with(&harness)) {
        bail!(
            "{}: a file of your own stands where prep's harness goes; move it to debug",
            users.display()
        );
    }
    let expected = match &case.expected {
        Some(Expected::Value(v)) => Some(v.clone()),
        _ => None,
    };
    let driver = folder.join(DRIVER);
    let text = driver_text(
        problem,
        args.case,
        &case.name,
        &harness,
        &solution,
        case.input.value(),
        expected.as_ref(),
    );
    crate::paths::write_atomic(&driver, text.as_bytes())
        .with_context(|| format!("{}: cannot write the case's program", driver.display()))?;

    let python = crate::lang::python::Python
        .toolchain(&ctx.paths.cache_dir)
        .map_err(|e| anyhow!(e.message))?
        .path;
    let breakpoint = format!("break {}:{line}", solution.display());
    let debugger_args = [
        "-m".to_string(),
        "pdb".into(),
        "-c".into(),
        breakpoint.clone(),
        "-c".into(),
        "continue".into(),
        DRIVER.into(),
    ];
    if args.print_launch {
        let entry = json!({
            "name": format!("prep debug {} (case {})", problem.slug, args.case),
            "type": "debugpy",
            "request": "launch",
            "program": driver,
            "cwd": folder,
            "console": "integratedTerminal",
            "justMyCode": true,
        });
        let mut out = String::new();
        let _ = writeln!(
            out,
            "Wrote {} (case {}). For VS Code's launch.json (set a breakpoint in {}):",
            driver.display(),
            args.case,
            solution.display()
        );
        let _ = writeln!(out, "{}", serde_json::to_string_pretty(&entry)?);
        let _ = writeln!(
            out,
            "In a terminal: cd {} && {} {}",
            shell_word(&folder.display().to_string()),
            shell_word(&python.display().to_string()),
            debugger_args
                .iter()
                .map(|a| shell_word(a))
                .collect::<Vec<_>>()
                .join(" ")
        );
        super::print(&out)?;
        return Ok(0);
    }
    super::print(&format!(
        "Case {} ({}) under pdb, stopped at line {line} of {}, in `{method}`: `p <name>` shows an argument, `n` steps, `c` runs to the end, `q` quits.\n",
        args.case,
        case.name,
        solution.display()
    ))?;
    let status = Command::new(&python)
        .args(&debugger_args)
        .current_dir(folder)
        .status()
        .with_context(|| format!("cannot start {}", python.display()))?;
    Ok(if status.success() { 0 } else { 1 })
}

/// Where to stop: the class and method, the function's (in `Solution`), or a design class's
/// constructor when the solution has one, else its first method the signature names.
fn stop_in<'a>(signature: &'a Signature, text: &str) -> (&'a str, &'a str) {
    match signature {
        Signature::Function { name, .. } => ("Solution", name),
        Signature::Class { name, methods, .. } => {
            let method = std::iter::once("__init__")
                .chain(methods.iter().map(|m| m.name.as_str()))
                .find(|m| body_line(text, name, m).is_some())
                .unwrap_or("__init__");
            (name, method)
        }
    }
}

/// The first line (1-based) of the body of `def method(` in `class class_name` in `text`,
/// where pdb can stop: after a signature that may span lines, the first line that is neither
/// blank nor a comment. A one-line `def f(self): return x` gives its own line.
fn body_line(text: &str, class_name: &str, method: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let code = |l: &str| l.split('#').next().unwrap_or("").trim_end().to_string();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let is_code = |l: &str| !l.trim().is_empty() && !l.trim_start().starts_with('#');
    let class = lines.iter().position(|l| {
        l.trim_start()
            .strip_prefix("class ")
            .and_then(|rest| rest.strip_prefix(class_name))
            .is_some_and(|rest| rest.starts_with([':', '(']))
    })?;
    let end_of_class = (class + 1..lines.len())
        .find(|&i| is_code(lines[i]) && indent(lines[i]) <= indent(lines[class]))
        .unwrap_or(lines.len());
    // A method of the class itself, not of a class nested in it.
    let members = (class + 1..end_of_class)
        .find(|&i| is_code(lines[i]))
        .map(|i| indent(lines[i]))?;
    let def = (class + 1..end_of_class).find(|&i| {
        indent(lines[i]) == members && lines[i].trim_start().starts_with(&format!("def {method}("))
    })?;
    if code(lines[def]).contains("):") && !code(lines[def]).ends_with(':') {
        return Some(def + 1);
    }
    let end = (def..end_of_class).find(|&i| code(lines[i]).ends_with(':'))?;
    match (end + 1..end_of_class).find(|&i| is_code(lines[i])) {
        Some(i) if indent(lines[i]) > indent(lines[def]) => Some(i + 1),
        _ => Some(def + 1),
    }
}

/// A Python string literal of `text` (a JSON string literal is one).
fn py_str(text: &str) -> String {
    Value::String(text.into()).to_string()
}

/// `debug.py`: loads the solution and runs the case through the judge's harness.
fn driver_text(
    problem: &Problem,
    number: usize,
    name: &str,
    harness: &Path,
    solution: &Path,
    input: &Value,
    expected: Option<&Value>,
) -> String {
    let file = solution
        .file_name()
        .map_or(String::new(), |f| f.to_string_lossy().into_owned());
    format!(
        "# prep debug {slug} --case {number}: runs case {number} ({name}) on your {file} as `prep test`\n\
         # runs it, so that a debugger can stop in your method. prep rewrites this file at each\n\
         # `prep debug`; it also runs by hand: python3 {DRIVER}\n\
         import json\n\
         import sys\n\
         \n\
         # The judge's harness and LeetCode's implicit imports (prep's editor files).\n\
         sys.path.insert(0, {harness})\n\
         import prep_harness as harness  # noqa: E402\n\
         \n\
         SOLUTION = {solution}\n\
         SIGNATURE = json.loads({signature})\n\
         INPUT = json.loads({input})\n\
         EXPECTED = json.loads({expected})\n\
         \n\
         harness.RECORDS = sys.stderr  # where a compile error is told\n\
         sys.setrecursionlimit(1_000_000)\n\
         solution = harness.load(SOLUTION, SIGNATURE, SOLUTION)\n\
         if solution is None:\n\
         \x20   sys.exit(1)\n\
         answer, _ = harness.run_case(solution, SIGNATURE, harness.Codec(solution), INPUT)\n\
         print(\"input:    \" + json.dumps(INPUT))\n\
         print(\"returned: \" + json.dumps(answer))\n\
         print(\"expected: \" + json.dumps(EXPECTED))\n",
        slug = problem.slug,
        harness = py_str(&harness.display().to_string()),
        solution = py_str(&solution.display().to_string()),
        signature = py_str(&problem.signature_json.to_string()),
        input = py_str(&input.to_string()),
        expected = py_str(&expected.map_or("null".into(), Value::to_string)),
    )
}

/// `text` as one word for a POSIX shell.
fn shell_word(text: &str) -> String {
    if !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=,+@".contains(c))
    {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::body_line;

    #[test]
    fn the_debugger_stops_at_the_first_line_of_the_body() {
        let text = "class Solution:\n    def twoSum(self, nums,\n               target):\n        # a comment\n\n        seen = {}\n        return []\n";
        assert_eq!(body_line(text, "Solution", "twoSum"), Some(6));
        let one_line = "class Solution:\n    def f(self): return 1\n";
        assert_eq!(body_line(one_line, "Solution", "f"), Some(2));
        assert_eq!(body_line(text, "Solution", "threeSum"), None);
        // A helper class's constructor comes first: the design class's is the one.
        let design = "class Node:\n    def __init__(self, key):\n        self.key = key\n\nclass LRUCache:\n    class _Node:\n        def __init__(self):\n            pass\n\n    def __init__(self, capacity):\n        self.capacity = capacity\n";
        assert_eq!(body_line(design, "LRUCache", "__init__"), Some(11));
        assert_eq!(body_line(design, "LRUCacheX", "__init__"), None);
    }
}
