//! `prep debug`: one case of `prep test` (examples first, then cases.json) under the
//! language's debugger, stopped at the start of the user's method.
//!
//! The program the debugger runs is a plain file beside the solution (`debug.py`,
//! `debug.cpp`) that runs that one case through the judge's own harness, taken from the
//! workspace's editor files (`.prep/`, `editor::FILES`): the case runs as `prep test` runs it
//! (LeetCode's implicit names, the same decoding of lists and trees), and the file runs by hand
//! or under any other debugger too (`--print-launch` prints VS Code's entry for it). The
//! solution file is never changed, and the debugger runs it as the user's own program would
//! run, outside the judge's sandbox. Python (pdb) and C++ (gdb, else lldb) so far.

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
    if !matches!(target.lang, LangId::Python | LangId::Cpp) {
        bail!(
            "prep debug runs Python and C++ solutions so far; `prep test {} --lang {} --case {}` runs that case",
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
        .ok_or_else(|| anyhow!("{}: no folder", solution.display()))?
        .to_path_buf();
    let text = super::read_source(&solution)?.text;
    let workspace = std::path::absolute(ctx.workspace()).unwrap_or_else(|_| ctx.workspace());
    let place = crate::editor::Place {
        workspace: &workspace,
        problems: &ctx.catalog()?.problems,
    };
    let setup = crate::editor::set_up(&place, target.lang)?;
    let prep_files = workspace.join(".prep");
    if let Some(users) = setup.users.iter().find(|p| p.starts_with(&prep_files)) {
        bail!(
            "{}: a file of your own stands where prep's harness goes; move it to debug",
            users.display()
        );
    }
    let run = Run {
        ctx,
        args,
        problem,
        expected: match &case.expected {
            Some(Expected::Value(v)) => Some(v.clone()),
            _ => None,
        },
        case,
        solution,
        folder,
        text,
        workspace,
    };
    match target.lang {
        LangId::Cpp => cpp(&run),
        _ => python(&run),
    }
}

/// What the debugger of any language is given.
struct Run<'a> {
    ctx: &'a Ctx,
    args: &'a DebugArgs,
    problem: &'a Problem,
    case: crate::judge::JudgeCase,
    expected: Option<Value>,
    /// The solution file, absolute, its folder and its text.
    solution: std::path::PathBuf,
    folder: std::path::PathBuf,
    text: String,
    workspace: std::path::PathBuf,
}

impl Run<'_> {
    /// Writes the case's program beside the solution.
    fn write(&self, name: &str, text: &str) -> Result<std::path::PathBuf> {
        let path = self.folder.join(name);
        crate::paths::write_atomic(&path, text.as_bytes())
            .with_context(|| format!("{}: cannot write the case's program", path.display()))?;
        Ok(path)
    }

    /// `--print-launch`: VS Code's launch.json entry (its name, `launch` and the folder, then
    /// the debugger's own fields from `fields`), then the command for a terminal.
    fn print_launch(&self, driver: &Path, fields: Value, command: &[String]) -> Result<u8> {
        let mut entry = json!({
            "name": format!("prep debug {} (case {})", self.problem.slug, self.args.case),
            "request": "launch",
            "cwd": self.folder,
        });
        if let (Some(entry), Value::Object(fields)) = (entry.as_object_mut(), fields) {
            entry.extend(fields);
        }
        let mut out = String::new();
        let _ = writeln!(
            out,
            "Wrote {} (case {}). For VS Code's launch.json (set a breakpoint in {}):",
            driver.display(),
            self.args.case,
            self.solution.display()
        );
        let _ = writeln!(out, "{}", serde_json::to_string_pretty(&entry)?);
        let words: Vec<String> = command.iter().map(|a| shell_word(a)).collect();
        let _ = writeln!(
            out,
            "In a terminal: cd {} && {}",
            shell_word(&self.folder.display().to_string()),
            words.join(" ")
        );
        super::print(&out)?;
        Ok(0)
    }

    /// Runs the debugger in the solution's folder: its exit is prep's (0, or 1).
    fn debug(&self, command: &[String], what: &str) -> Result<u8> {
        super::print(&format!(
            "Case {} ({}) of {} under {what}.\n",
            self.args.case,
            self.case.name,
            self.solution.display()
        ))?;
        let status = Command::new(&command[0])
            .args(&command[1..])
            .current_dir(&self.folder)
            .status()
            .with_context(|| format!("cannot start {}", command[0]))?;
        Ok(if status.success() { 0 } else { 1 })
    }
}

fn python(run: &Run) -> Result<u8> {
    let (problem, args) = (run.problem, run.args);
    let (class, method) = stop_in(&problem.signature, &run.text);
    let line = body_line(&run.text, class, method).ok_or_else(|| {
        anyhow!(
            "{}: no `def {method}(` in `class {class}` to stop in",
            run.solution.display()
        )
    })?;
    let harness = run.workspace.join(".prep/python");
    let text = driver_text(
        problem,
        args.case,
        &run.case.name,
        &harness,
        &run.solution,
        run.case.input.value(),
        run.expected.as_ref(),
    );
    let driver = run.write(DRIVER, &text)?;
    let python = crate::lang::python::Python
        .toolchain(&run.ctx.paths.cache_dir)
        .map_err(|e| anyhow!(e.message))?
        .path;
    let command: Vec<String> = [
        &python.display().to_string(),
        "-m",
        "pdb",
        "-c",
        &format!("break {}:{line}", run.solution.display()),
        "-c",
        "continue",
        DRIVER,
    ]
    .map(String::from)
    .into();
    if args.print_launch {
        let entry = json!({
            "type": "debugpy",
            "program": driver,
            "console": "integratedTerminal",
            "justMyCode": true,
        });
        return run.print_launch(&driver, entry, &command);
    }
    run.debug(
        &command,
        &format!("pdb, stopped at line {line}, in `{method}`: `p <name>` shows an argument, `n` steps, `c` runs to the end, `q` quits"),
    )
}

/// C++: `debug.cpp` (the judge's harness for the one case, including the solution by its
/// path), built with debug information and no optimisation into `debug` beside it, under gdb
/// (lldb where there is no gdb, as on a Mac) with a breakpoint on the method.
fn cpp(run: &Run) -> Result<u8> {
    let (problem, args) = (run.problem, run.args);
    let toolchain = crate::lang::cpp::Cpp
        .toolchain(&run.ctx.paths.cache_dir)
        .map_err(|e| anyhow!(e.message))?;
    let headers = run.workspace.join(".prep/cpp");
    let mut build: Vec<String> = vec![toolchain.path.display().to_string()];
    build.extend(toolchain.flags.iter().cloned());
    build.extend(["-g", "-O0", "-idirafter"].map(String::from));
    build.push(headers.join("include").display().to_string());
    build.extend(["debug.cpp", "-o", "debug"].map(String::from));
    let file = run
        .solution
        .file_name()
        .map_or(String::new(), |f| f.to_string_lossy().into_owned());
    let expected = run
        .expected
        .as_ref()
        .map_or("(not known)".into(), Value::to_string);
    let note = format!(
        "// prep debug {slug} --case {n}: runs case {n} ({name}) on your {file} as `prep test` runs\n\
         // it, so that a debugger can stop in your code; its answer shows as the record's \"value\".\n\
         // Expected: {expected}\n\
         // prep rewrites this file at each `prep debug`. By hand:\n\
         //   {build} && ./debug\n",
        slug = problem.slug,
        n = args.case,
        name = run.case.name,
        build = build.iter().map(|a| shell_word(a)).collect::<Vec<_>>().join(" "),
    );
    let tokens = crate::lang::tokens::encode_values(&problem.signature, run.case.input.value());
    let text =
        crate::lang::cpp::debug_driver(problem, &headers, &run.solution, &tokens, &expected, &note);
    let driver = run.write("debug.cpp", &text)?;
    let built = Command::new(&build[0])
        .args(&build[1..])
        .current_dir(&run.folder)
        .output()
        .with_context(|| format!("cannot start {}", build[0]))?;
    if !built.status.success() {
        super::print(&format!(
            "{} does not build:
{}",
            run.solution.display(),
            String::from_utf8_lossy(&built.stderr)
        ))?;
        return Ok(1);
    }
    let function = cpp_function(&problem.signature, &run.text);
    let binary = run.folder.join("debug");
    let gdb = crate::lang::toolchain::which("gdb");
    let lldb = crate::lang::toolchain::which("lldb");
    let command: Vec<String> = match (&gdb, &lldb) {
        (Some(gdb), _) => vec![
            gdb.display().to_string(),
            "-q".into(),
            "-ex".into(),
            "set breakpoint pending off".into(),
            "-ex".into(),
            format!("break {function}"),
            "-ex".into(),
            "run".into(),
            "./debug".into(),
        ],
        (None, Some(lldb)) => vec![
            lldb.display().to_string(),
            "-o".into(),
            format!("breakpoint set --name {function}"),
            "-o".into(),
            "run".into(),
            "./debug".into(),
        ],
        (None, None) => bail!(
            "no debugger for C++: install gdb (Debian/Ubuntu: sudo apt install gdb; Fedora: sudo dnf install gdb) or lldb (macOS: xcode-select --install); {} is built and runs without one",
            binary.display()
        ),
    };
    if args.print_launch {
        let entry = json!({
            "type": "cppdbg",
            "program": binary,
            "MIMode": if gdb.is_some() { "gdb" } else { "lldb" },
            "stopAtEntry": false,
        });
        return run.print_launch(&driver, entry, &command);
    }
    let debugger = if gdb.is_some() { "gdb" } else { "lldb" };
    run.debug(
        &command,
        &format!("{debugger}, stopping in `{function}`: `info args` (lldb: `frame variable`) shows the arguments, `next` steps, `continue` runs to the end, `quit` quits"),
    )
}

/// The C++ function to stop in: the solution's method, or a design class's constructor when
/// the class's text names it with a `(` after it, else the first method the signature names
/// that the file does.
fn cpp_function(signature: &Signature, text: &str) -> String {
    match signature {
        Signature::Function { name, .. } => format!("Solution::{name}"),
        Signature::Class { name, methods, .. } => {
            let class = text.split(&format!("class {name}")).nth(1).unwrap_or("");
            let method = if calls(class, name) {
                name.as_str()
            } else {
                (methods.iter().map(|m| m.name.as_str()))
                    .find(|m| calls(text, m))
                    .unwrap_or(name)
            };
            format!("{name}::{method}")
        }
    }
}

/// Whether `text` has the word `name` followed by `(` (spaces between allowed).
fn calls(text: &str, name: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].trim_start();
        !before.is_some_and(word) && after.starts_with('(')
    })
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
