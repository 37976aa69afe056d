//! TypeScript: the user's file is type-checked and compiled to JavaScript by `tsc`, and the
//! output runs under the JavaScript harness on Node (`javascript.rs`, `node_program`), with
//! the same LeetCode classes and priority queues; its source map turns a runtime error's
//! positions back into the .ts file's lines. A type error is a compile error, as on LeetCode,
//! at the user's file and line.
//!
//! Choices, with their reasons:
//! - One `tsc -p` run per build, cached by content like the compiled languages
//!   (`compile.rs`): TypeScript 7's compiler is a native program (no Node start, no compiler
//!   loaded into V8), which checks a solution with the standard library's declarations in
//!   about 0.1 s wall and 0.07 s CPU on this machine; its npm launcher (`bin/tsc`, a Node
//!   script) adds ~0.2 s, so prep runs the native program it launches. TypeScript 5's `tsc`
//!   (JavaScript on Node) works too, at over a second a build: `doctor` says so.
//! - The compiler options are LeetCode's: not `--strict` (so `root.left` on a
//!   `TreeNode | null` compiles, as it does there), but `alwaysStrict`, `strictBindCallApply`
//!   and `strictFunctionTypes`; target ES2022 with the ES2023 library, which Node 18 and newer
//!   run. Without the DOM library, so a user's own `class Node` (an LRU cache) is no duplicate
//!   of the DOM's; `console` is declared in `typescript_globals.d.ts`.
//! - What the harness gives a solution is declared to the compiler (`typescript_globals.d.ts`,
//!   and LeetCode's node classes where the signature uses them), less what the user's file
//!   declares itself: the user's own definition wins, as in JavaScript.

use std::path::{Path, PathBuf};

use super::compile::{self, CompileSpec, Compiled};
use super::javascript::{self, JavaScript};
use super::toolchain::{self, Toolchain};
use super::{Build, LangId, Language, Purpose, Source, ToolchainError};
use crate::catalog::Problem;
use crate::types::signature::{Method, Output, Param, Signature};
use crate::types::Type;

pub(crate) const GLOBALS: &str = include_str!("typescript_globals.d.ts");

const INSTALL: &str = "install TypeScript 7 (its native compiler), e.g. `npm install -g typescript@7`; it needs Node.js 18 or newer (`apt install nodejs`)";

/// LeetCode's TypeScript node classes: shown in scaffolds as a comment and compiled beside
/// the user's file where the signature uses them (the harness defines the same at run time).
const LIST_NODE: &str = "class ListNode {\n    val: number\n    next: ListNode | null\n    constructor(val?: number, next?: ListNode | null) {\n        this.val = (val===undefined ? 0 : val)\n        this.next = (next===undefined ? null : next)\n    }\n}\n";
const TREE_NODE: &str = "class TreeNode {\n    val: number\n    left: TreeNode | null\n    right: TreeNode | null\n    constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {\n        this.val = (val===undefined ? 0 : val)\n        this.left = (left===undefined ? null : left)\n        this.right = (right===undefined ? null : right)\n    }\n}\n";
const GRAPH_NODE: &str = "class _Node {\n    val: number\n    neighbors: _Node[]\n\n    constructor(val?: number, neighbors?: _Node[]) {\n        this.val = (val===undefined ? 0 : val)\n        this.neighbors = (neighbors===undefined ? [] : neighbors)\n    }\n}\n";
const RANDOM_NODE: &str = "class _Node {\n    val: number\n    next: _Node | null\n    random: _Node | null\n\n    constructor(val?: number, next?: _Node, random?: _Node) {\n        this.val = (val===undefined ? 0 : val)\n        this.next = (next===undefined ? null : next)\n        this.random = (random===undefined ? null : random)\n    }\n}\n";

/// The compiler's options (LeetCode's, above), as tsconfig.json.
const TSCONFIG: &str = r#"{
  "compilerOptions": {
    "target": "es2022",
    "lib": ["es2023"],
    "strict": false,
    "alwaysStrict": true,
    "strictBindCallApply": true,
    "strictFunctionTypes": true,
    "types": [],
    "skipLibCheck": true,
    "noEmitOnError": true,
    "sourceMap": true,
    "pretty": false,
    "newLine": "lf",
    "outDir": "out"
  },
  "files": ["prep.d.ts", "prep_nodes.ts", "solution.ts", "prep_calls.ts"]
}
"#;

pub struct TypeScript;

impl Language for TypeScript {
    fn id(&self) -> LangId {
        LangId::TypeScript
    }

    fn scaffold(&self, problem: &Problem) -> String {
        scaffold(problem)
    }

    fn toolchain(&self, cache: &Path) -> Result<Toolchain, ToolchainError> {
        toolchain::resolve_with("tsc", INSTALL, cache, |hit| {
            let text = toolchain::output_of(hit, &["--version"], INSTALL)?;
            let number = text.trim_start_matches("Version").trim().to_string();
            let major: u32 = number
                .split('.')
                .next()
                .and_then(|m| m.parse().ok())
                .unwrap_or(0);
            if major < 5 {
                return Err(ToolchainError {
                    message: format!(
                        "`{}` is TypeScript {number}; prep needs 5 or newer: {INSTALL}",
                        hit.display()
                    ),
                });
            }
            let native = native_compiler(hit);
            let mut notes = Vec::new();
            if native.is_none() {
                notes.push(format!(
                    "TypeScript {number} compiles on Node, over a second for each changed file; TypeScript 7's native compiler takes ~0.1 s: `npm install -g typescript@7`"
                ));
            }
            Ok(Toolchain {
                path: native.unwrap_or_else(|| hit.to_path_buf()),
                version: format!("TypeScript {number}"),
                flags: Vec::new(),
                notes,
            })
        })
    }

    fn build(
        &self,
        problem: &Problem,
        source: &Source,
        toolchain: &Toolchain,
        cache: &Path,
        _purpose: Purpose,
    ) -> Result<Build, ToolchainError> {
        let node = JavaScript.toolchain(cache)?;
        let calls = calls(&problem.signature);
        let spec = CompileSpec {
            language: LangId::TypeScript,
            key: vec![
                "tsc".into(),
                toolchain.version.clone(),
                toolchain.path.display().to_string(),
            ],
            files: vec![
                ("tsconfig.json".into(), TSCONFIG.as_bytes().to_vec()),
                ("prep.d.ts".into(), globals(&source.text).into_bytes()),
                (
                    "prep_nodes.ts".into(),
                    nodes(&problem.signature, &source.text).into_bytes(),
                ),
                ("solution.ts".into(), source.text.as_bytes().to_vec()),
                ("prep_calls.ts".into(), calls.text.clone().into_bytes()),
            ],
            program: toolchain.path.clone(),
            args: vec!["-p".into(), "tsconfig.json".into()],
            env: Vec::new(),
            timeout: compile::COMPILE_TIMEOUT,
        };
        let dir = match compile::compile(cache, &spec)? {
            Compiled::Ready { dir, .. } => dir,
            Compiled::Failed(output) => {
                return Ok(Build::CompileError(compile_message(
                    &output, source, &calls,
                )))
            }
        };
        let read = |name: &str| -> Result<Vec<u8>, ToolchainError> {
            let path = dir.join("out").join(name);
            std::fs::read(&path).map_err(|e| ToolchainError {
                message: format!("tsc left no {}: {e}", path.display()),
            })
        };
        Ok(Build::Ready(javascript::node_program(
            problem,
            &node,
            &source.display,
            vec![
                ("solution.js".into(), read("solution.js")?),
                ("solution.js.map".into(), read("solution.js.map")?),
            ],
        )))
    }

    fn trial(&self) -> &'static str {
        "function twoSum(nums: number[], target: number): number[] {\n    const seen = new Map<number, number>();\n    for (let i = 0; i < nums.length; i++) {\n        const j = seen.get(target - nums[i]);\n        if (j !== undefined) return [j, i];\n        seen.set(nums[i], i);\n    }\n    return [];\n};\n"
    }
}

/// The native compiler that TypeScript 7's npm launcher (`hit`, `bin/tsc` of the package)
/// would start: in the platform's package beside it or inside it.
fn native_compiler(hit: &Path) -> Option<PathBuf> {
    let script = std::fs::canonicalize(hit).ok()?;
    let package = script.parent()?.parent()?;
    let os = match std::env::consts::OS {
        "macos" => "darwin",
        other => other,
    };
    let arch = match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        other => other,
    };
    let platform = format!("@typescript/typescript-{os}-{arch}/lib/tsc");
    [
        package.join("node_modules").join(&platform),
        package.parent()?.join(&platform),
    ]
    .into_iter()
    .find(|p| p.is_file())
}

/// The user's source without its comments and string literals: what it declares.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                out.push(' ');
            }
            '"' | '\'' | '`' => {
                let mut escaped = false;
                for d in chars.by_ref() {
                    if !escaped && d == c {
                        break;
                    }
                    escaped = !escaped && d == '\\';
                }
                out.push_str("\"\"");
            }
            c => out.push(c),
        }
    }
    out
}

/// Whether the user's code declares `name` itself: the name right after `class`,
/// `function`, `interface`, `type`, `enum`, `var`, `let` or `const` (not a name inside a
/// destructuring pattern, which renames what it takes).
fn declares(code: &str, name: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    code.match_indices(name).any(|(at, _)| {
        let before = &code[..at];
        let after = &code[at + name.len()..];
        if before.ends_with(ident) || after.starts_with(ident) {
            return false;
        }
        let word = before
            .trim_end()
            .rsplit(|c: char| !ident(c))
            .next()
            .unwrap_or_default();
        before.len() > before.trim_end().len()
            && matches!(
                word,
                "class" | "function" | "interface" | "type" | "enum" | "var" | "let" | "const"
            )
    })
}

/// `typescript_globals.d.ts` less the sections whose name the user's file declares.
fn globals(user: &str) -> String {
    let code = code_only(user);
    let mut out = String::new();
    let mut keep = true;
    for line in GLOBALS.lines() {
        if let Some(name) = line.strip_prefix("// @prep-global ") {
            keep = !declares(&code, name.trim());
        }
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// LeetCode's node classes that the signature uses, less one the user's file declares.
fn nodes(sig: &Signature, user: &str) -> String {
    let code = code_only(user);
    let mut out = String::new();
    for (name, definition) in node_classes(sig) {
        if !declares(&code, name) {
            out.push_str(definition);
        }
    }
    out
}

/// The node classes a signature uses: `(name, definition)`.
fn node_classes(sig: &Signature) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    if sig.mentions(&Type::ListNode) {
        out.push(("ListNode", LIST_NODE));
    }
    if sig.mentions(&Type::TreeNode) {
        out.push(("TreeNode", TREE_NODE));
    }
    if sig.mentions(&Type::RandomNode) {
        out.push(("_Node", RANDOM_NODE));
    } else if sig.mentions(&Type::Node) {
        out.push(("_Node", GRAPH_NODE));
    }
    out
}

/// tsc's diagnostics (`solution.ts(3,5): error TS2322: ...`, continued on indented lines)
/// at the user's own path, each with its line of code and a caret; one in prep's declarations
/// (a name the user's file redefines in a way prep did not see) said as such.
fn compile_message(output: &str, source: &Source, calls: &Calls) -> String {
    let lines: Vec<&str> = source.text.lines().collect();
    let call_lines: Vec<&str> = calls.text.lines().collect();
    // Each diagnostic with its indented continuation lines; the user's own first, then how
    // the code fits the calls prep makes.
    let mut diagnostics: Vec<(&str, String)> = Vec::new();
    for line in output.lines() {
        match diagnostics.last_mut() {
            Some((_, more)) if line.starts_with(char::is_whitespace) => {
                more.push('\n');
                more.push_str(line);
            }
            _ => diagnostics.push((line, String::new())),
        }
    }
    diagnostics.sort_by_key(|(line, _)| !line.starts_with("solution.ts("));
    let mut out: Vec<String> = Vec::new();
    for (line, more) in diagnostics {
        let Some((file, row, column, message)) = diagnostic(line) else {
            out.push(format!("{line}{more}"));
            continue;
        };
        match file {
            "solution.ts" => {
                let mut text = format!("{}:{row}:{column}: {message}{more}", source.display);
                if let Some(code) = lines.get(row.saturating_sub(1)) {
                    let caret: String = code
                        .chars()
                        .take(column.saturating_sub(1))
                        .map(|c| if c == '\t' { '\t' } else { ' ' })
                        .collect();
                    text.push_str(&format!("\n{code}\n{caret}^"));
                }
                out.push(text);
            }
            "prep_calls.ts" => {
                let call = call_lines
                    .get(row.saturating_sub(1))
                    .and_then(|l| l.split("// prep-call ").nth(1))
                    .and_then(|n| n.trim().parse::<usize>().ok())
                    .and_then(|n| calls.described.get(n));
                let what = call.map_or_else(|| calls.described.join(", "), Clone::clone);
                let message = message.split_once(": ").map_or(message, |(_, m)| m);
                out.push(format!(
                    "{}: prep calls {what} (LeetCode's signature), and your code does not fit it:\n  {message}{more}",
                    source.display
                ));
            }
            "prep.d.ts" | "prep_nodes.ts" => out.push(format!(
                "{}: clashes with what prep declares for LeetCode's classes and queues ({file}, line {row}): {message}{more}",
                source.display
            )),
            _ => out.push(format!("{line}{more}")),
        }
    }
    compile::trim_lines(&out.join("\n"), 60)
}

/// A diagnostic's head, `file(row,column): message`, taken apart.
fn diagnostic(line: &str) -> Option<(&str, usize, usize, &str)> {
    let (file, rest) = line.split_once('(')?;
    let (place, message) = rest.split_once("): ")?;
    let (row, column) = place.split_once(',')?;
    Some((file, row.parse().ok()?, column.parse().ok()?, message))
}

/// TypeScript that uses the user's code as prep's harness calls it, type-checked with it (never
/// run): a function or method that is missing or does not fit LeetCode's signature is a
/// compile error, as on LeetCode, whose driver is compiled with the solution. Each check is
/// one line ending in `// prep-call N`, `described[N]` saying the call.
struct Calls {
    text: String,
    described: Vec<String>,
}

fn calls(sig: &Signature) -> Calls {
    let mut text = String::from("function prep_calls() {\n");
    let mut described = Vec::new();
    let mut function = |name: &str, params: &[&Param], returns: &Type, text: &mut String| {
        let (params, returns) = (typed(params), ts_type(returns));
        text.push_str(&format!(
            "    const call_{n}: ({params}) => {returns} = {name}; // prep-call {n}\n",
            n = described.len()
        ));
        described.push(format!("`{name}({params}): {returns}`"));
    };
    match sig {
        Signature::Function {
            name,
            params,
            returns,
            ..
        } => {
            let params: Vec<&Param> = params.iter().filter(|p| p.is_argument()).collect();
            function(name, &params, returns, &mut text);
        }
        Signature::Class {
            methods,
            roundtrip: Some(_),
            ..
        } => {
            for m in methods {
                function(
                    &m.name,
                    &m.params.iter().collect::<Vec<_>>(),
                    &m.returns,
                    &mut text,
                );
            }
        }
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => {
            let ctor = typed(&constructor.iter().collect::<Vec<_>>());
            text.push_str(&format!(
                "    const made: new ({ctor}) => {name} = {name}; // prep-call 0\n    const obj: {name} = null; // prep-call 0\n"
            ));
            described.push(format!("`new {name}({ctor})`"));
            for m in methods {
                let (params, returns) = (
                    typed(&m.params.iter().collect::<Vec<_>>()),
                    ts_type(&m.returns),
                );
                text.push_str(&format!(
                    "    const call_{n}: ({params}) => {returns} = obj.{method}; // prep-call {n}\n",
                    n = described.len(),
                    method = m.name
                ));
                described.push(format!("`{}({params}): {returns}` on `{name}`", m.name));
            }
        }
    }
    text.push_str("}\n");
    Calls { text, described }
}

fn scaffold(problem: &Problem) -> String {
    let mut out = super::scaffold_header(problem, "// ");
    let sig = &problem.signature;
    let classes = node_classes(sig);
    for (name, definition) in &classes {
        let what = match *name {
            "ListNode" => "singly-linked list",
            "TreeNode" => "a binary tree node",
            _ => "_Node",
        };
        out.push_str(&format!("/**\n * Definition for {what}.\n"));
        for line in definition.lines() {
            out.push_str(&format!(" * {line}\n").replace(" * \n", " *\n"));
        }
        out.push_str(" */\n\n");
    }
    match sig {
        Signature::Function {
            name,
            params,
            returns,
            output,
            ..
        } => {
            let params: Vec<&Param> = params.iter().filter(|p| p.is_argument()).collect();
            let body = match output {
                Output::Param(i) => format!(
                    "    /**\n     Do not return anything, modify {} in-place instead.\n     */\n",
                    sig_param_name(sig, *i)
                ),
                _ => default_return(returns, "    "),
            };
            out.push_str(&format!(
                "function {name}({}): {} {{\n{body}}};\n",
                typed(&params),
                ts_type(returns)
            ));
        }
        Signature::Class {
            methods,
            roundtrip: Some(codec),
            ..
        } => {
            let (enc, dec) = (&methods[codec.encode], &methods[codec.decode]);
            for (i, m) in methods.iter().enumerate() {
                let params: Vec<&Param> = m.params.iter().collect();
                let what = if i == codec.encode {
                    "Encodes the input to a single string."
                } else {
                    "Decodes your encoded data."
                };
                out.push_str(&format!(
                    "/*\n * {what}\n */\nfunction {}({}): {} {{\n{}}};\n\n",
                    m.name,
                    typed(&params),
                    ts_type(&m.returns),
                    default_return(&m.returns, "    ")
                ));
            }
            let arg = enc
                .params
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            out.push_str(&format!(
                "/**\n * Your functions will be called as such:\n * {}({}({arg}));\n */\n",
                dec.name, enc.name
            ));
        }
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => {
            let ctor: Vec<&Param> = constructor.iter().collect();
            out.push_str(&format!(
                "class {name} {{\n    constructor({}) {{\n        \n    }}\n",
                typed(&ctor)
            ));
            for Method {
                name: method,
                params,
                returns,
            } in methods
            {
                let params: Vec<&Param> = params.iter().collect();
                let body = match returns {
                    Type::Void => "        \n".to_string(),
                    ty => default_return(ty, "        "),
                };
                out.push_str(&format!(
                    "\n    {method}({}): {} {{\n{body}    }}\n",
                    typed(&params),
                    ts_type(returns)
                ));
            }
            out.push_str("}\n");
            let names = |params: &[Param]| {
                params
                    .iter()
                    .map(|p| p.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            out.push_str(&format!(
                "\n/**\n * Your {name} object will be instantiated and called as such:\n * var obj = new {name}({})\n",
                names(constructor)
            ));
            for (i, m) in methods.iter().enumerate() {
                if m.returns == Type::Void {
                    out.push_str(&format!(" * obj.{}({})\n", m.name, names(&m.params)));
                } else {
                    out.push_str(&format!(
                        " * var param_{} = obj.{}({})\n",
                        i + 1,
                        m.name,
                        names(&m.params)
                    ));
                }
            }
            out.push_str(" */\n");
        }
    }
    out
}

fn sig_param_name(sig: &Signature, index: usize) -> &str {
    match sig {
        Signature::Function { params, .. } => params.get(index).map_or("", |p| p.name.as_str()),
        Signature::Class { .. } => "",
    }
}

fn typed(params: &[&Param]) -> String {
    params
        .iter()
        .map(|p| format!("{}: {}", p.name, ts_type(&p.ty)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A `return` of a value of the type, so a fresh scaffold compiles (TypeScript rejects a
/// function with a declared type and no return, and so does its check of a JavaScript file
/// with JSDoc types, in an editor) and gets a wrong answer.
pub(super) fn default_return(ty: &Type, indent: &str) -> String {
    let value = match ty {
        Type::Void => return format!("{indent}\n"),
        Type::Int | Type::Long | Type::Uint32 | Type::Double => "0",
        Type::Bool => "false",
        Type::String | Type::Char => "\"\"",
        Type::Array(_) | Type::List(_) => "[]",
        Type::ListNode | Type::TreeNode | Type::Node | Type::RandomNode => "null",
    };
    format!("{indent}return {value};\n")
}

/// LeetCode's TypeScript spelling of a type.
fn ts_type(ty: &Type) -> String {
    match ty {
        Type::Int | Type::Long | Type::Uint32 | Type::Double => "number".into(),
        Type::Bool => "boolean".into(),
        Type::String | Type::Char => "string".into(),
        Type::Void => "void".into(),
        Type::Array(inner) | Type::List(inner) => match **inner {
            Type::ListNode | Type::TreeNode | Type::Node | Type::RandomNode => {
                format!("Array<{}>", ts_type(inner))
            }
            _ => format!("{}[]", ts_type(inner)),
        },
        Type::ListNode => "ListNode | null".into(),
        Type::TreeNode => "TreeNode | null".into(),
        Type::Node | Type::RandomNode => "_Node | null".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_spelled_as_leetcode_does() {
        let t = |s: &str| ts_type(&Type::parse(s).unwrap());
        assert_eq!(t("int[]"), "number[]");
        assert_eq!(t("char[][]"), "string[][]");
        assert_eq!(t("list<list<string>>"), "string[][]");
        assert_eq!(t("ListNode[]"), "Array<ListNode | null>");
        assert_eq!(t("TreeNode"), "TreeNode | null");
        assert_eq!(t("Node"), "_Node | null");
        assert_eq!(t("bool"), "boolean");
    }

    #[test]
    fn a_name_the_user_declares_is_not_declared_again() {
        let user = "// class PriorityQueue in a comment\nconst s = \"class Queue\";\nclass PriorityQueue<T> {}\n";
        let kept = globals(user);
        assert!(!kept.contains("declare var PriorityQueue:"), "{kept}");
        assert!(kept.contains("declare class Queue<T"), "{kept}");
        assert!(kept.contains("declare var MinPriorityQueue:"), "{kept}");
        assert!(declares(&code_only("let Deque = 1"), "Deque"));
        assert!(!declares(
            &code_only("/* class Deque */ new Deque()"),
            "Deque"
        ));
    }

    #[test]
    fn diagnostics_point_at_the_users_file_and_line() {
        let source = Source {
            display: "/home/u/two-sum/solution.ts".into(),
            text: "function f(): number {\n    return \"x\";\n}\n".into(),
        };
        let output =
            "solution.ts(2,5): error TS2322: Type 'string' is not assignable to type 'number'.\n";
        assert_eq!(
            compile_message(output, &source, &calls(&Signature::Class { name: "C".into(), constructor: Vec::new(), methods: Vec::new(), roundtrip: None })),
            "/home/u/two-sum/solution.ts:2:5: error TS2322: Type 'string' is not assignable to type 'number'.\n    return \"x\";\n    ^"
        );
        // The user's lines come first; a continuation line stays with its diagnostic.
        let calls = calls(&Signature::Function {
            name: "f".into(),
            params: Vec::new(),
            returns: Type::Int,
            output: Output::Return,
            rust_name: None,
        });
        let output = "prep_calls.ts(2,11): error TS2322: Type '() => string' is not assignable to type '() => number'.\n  Type 'string' is not assignable to type 'number'.\nsolution.ts(2,5): error TS2322: Type 'string' is not assignable to type 'number'.\n";
        assert_eq!(
            compile_message(output, &source, &calls),
            "/home/u/two-sum/solution.ts:2:5: error TS2322: Type 'string' is not assignable to type 'number'.\n    return \"x\";\n    ^\n/home/u/two-sum/solution.ts: prep calls `f(): number` (LeetCode's signature), and your code does not fit it:\n  Type '() => string' is not assignable to type '() => number'.\n  Type 'string' is not assignable to type 'number'."
        );
    }
}
