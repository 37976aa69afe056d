//! JavaScript (Node): like Python, one static harness file (`javascript_harness.js`) that
//! reads the signature from its header line and the cases as JSON lines; nothing is generated
//! per problem and nothing is compiled. The user's file runs as a classic script in the global
//! scope (`var f = function`, `function f`, arrow functions, ES classes and the prototype
//! style all work), and a syntax error is found when the harness loads it, in the process
//! that runs the cases: a separate `node --check` would cost a start-up (~40 ms) per run.

use std::path::Path;

use super::toolchain::{self, Toolchain};
use super::typescript::default_return;
use super::{Build, Encoding, LangId, Language, Program, Purpose, Source, ToolchainError};
use crate::catalog::Problem;
use crate::types::signature::{Method, Param, Role, Signature};
use crate::types::Type;

const HARNESS: &str = include_str!("javascript_harness.js");

/// V8's stack for the main thread (`--stack-size`, KiB): a 10^5-deep recursion (a DFS down a
/// path-shaped tree) needs ~15-30 MB. The sandbox raises RLIMIT_STACK to 1 GiB; V8 must stay
/// under the real stack or deep recursion crashes with SIGSEGV instead of a RangeError.
const STACK_KB: u64 = 64 << 10;
/// What the sandbox asks for (`judge::sandbox`).
const SANDBOX_STACK: u64 = 1 << 30;

/// Resident memory of Node besides the old-generation heap, which `--max-old-space-size`
/// holds to the problem's limit: the runtime itself (~40 MB), the young generation (up to
/// 3 x 16 MB semi-spaces) and the stack of a deep recursion. A heap filled to its cap peaks
/// at about limit + 55 MB here; the watchdog's limit is the problem's plus this.
const MEMORY_ALLOWANCE_KB: u64 = 160 << 10;

pub struct JavaScript;

impl Language for JavaScript {
    fn id(&self) -> LangId {
        LangId::JavaScript
    }

    fn scaffold(&self, problem: &Problem) -> String {
        let mut out = super::scaffold_header(problem, "// ");
        let sig = &problem.signature;
        for (ty, definition) in [
            (Type::ListNode, "/**\n * Definition for singly-linked list.\n * function ListNode(val, next) {\n *     this.val = (val===undefined ? 0 : val)\n *     this.next = (next===undefined ? null : next)\n * }\n */\n"),
            (Type::TreeNode, "/**\n * Definition for a binary tree node.\n * function TreeNode(val, left, right) {\n *     this.val = (val===undefined ? 0 : val)\n *     this.left = (left===undefined ? null : left)\n *     this.right = (right===undefined ? null : right)\n * }\n */\n"),
            (Type::Node, "/**\n * // Definition for a _Node.\n * function _Node(val, neighbors) {\n *    this.val = val === undefined ? 0 : val;\n *    this.neighbors = neighbors === undefined ? [] : neighbors;\n * };\n */\n"),
            (Type::RandomNode, "/**\n * // Definition for a _Node.\n * function _Node(val, next, random) {\n *    this.val = val;\n *    this.next = next;\n *    this.random = random;\n * };\n */\n"),
        ] {
            if sig.mentions(&ty) {
                out.push_str(definition);
                out.push('\n');
            }
        }
        match sig {
            Signature::Function {
                name,
                params,
                returns,
                ..
            } => {
                let params: Vec<&Param> = params
                    .iter()
                    .filter(|p| !matches!(p.role, Role::CycleIn(_)))
                    .collect();
                out.push_str(&jsdoc(None, &params, Some(returns)));
                out.push_str(&format!(
                    "var {name} = function({}) {{\n{}}};\n",
                    names(&params),
                    default_return(returns, "    ")
                ));
            }
            Signature::Class {
                methods,
                roundtrip: Some(codec),
                ..
            } => {
                let (enc, dec) = (&methods[codec.encode], &methods[codec.decode]);
                // LeetCode's JavaScript codecs are two functions, called as `dec(enc(x))`.
                for (i, m) in methods.iter().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    let params: Vec<&Param> = m.params.iter().collect();
                    out.push_str(&jsdoc(None, &params, Some(&m.returns)));
                    out.push_str(&format!(
                        "var {} = function({}) {{\n{}}};\n",
                        m.name,
                        names(&params),
                        default_return(&m.returns, "    ")
                    ));
                }
                let arg = names(&enc.params.iter().collect::<Vec<_>>());
                out.push_str(&format!(
                    "\n/**\n * Your functions will be called as such:\n * {}({}({arg}));\n */\n",
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
                if !ctor.is_empty() {
                    out.push_str(&jsdoc(None, &ctor, None));
                }
                out.push_str(&format!(
                    "var {name} = function({}) {{\n    \n}};\n",
                    names(&ctor)
                ));
                for Method {
                    name: method,
                    params,
                    returns,
                } in methods
                {
                    let params: Vec<&Param> = params.iter().collect();
                    out.push('\n');
                    out.push_str(&jsdoc(Some(()), &params, Some(returns)));
                    out.push_str(&format!(
                        "{name}.prototype.{method} = function({}) {{\n{}}};\n",
                        names(&params),
                        default_return(returns, "    ")
                    ));
                }
                out.push_str(&format!(
                    "\n/** \n * Your {name} object will be instantiated and called as such:\n * var obj = new {name}({})\n",
                    names(&ctor)
                ));
                for (i, m) in methods.iter().enumerate() {
                    let args = names(&m.params.iter().collect::<Vec<_>>());
                    if m.returns == Type::Void {
                        out.push_str(&format!(" * obj.{}({args})\n", m.name));
                    } else {
                        out.push_str(&format!(
                            " * var param_{} = obj.{}({args})\n",
                            i + 1,
                            m.name
                        ));
                    }
                }
                out.push_str(" */\n");
            }
        }
        out
    }

    fn toolchain(&self, cache: &Path) -> Result<Toolchain, ToolchainError> {
        toolchain::resolve(
            "node",
            &[
                "-e",
                "console.log(process.execPath); console.log('Node ' + process.version)",
            ],
            "install Node.js (18 or newer), e.g. `apt install nodejs` or from https://nodejs.org",
            cache,
        )
    }

    fn build(
        &self,
        problem: &Problem,
        source: &Source,
        toolchain: &Toolchain,
        _cache: &Path,
        _purpose: Purpose,
    ) -> Result<Build, ToolchainError> {
        Ok(Build::Ready(node_program(
            problem,
            toolchain,
            &source.display,
            vec![("solution.js".into(), source.text.as_bytes().to_vec())],
        )))
    }

    fn trial(&self) -> &'static str {
        "var twoSum = function(nums, target) {\n    const seen = new Map();\n    for (let i = 0; i < nums.length; i++) {\n        if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];\n        seen.set(nums[i], i);\n    }\n};\n"
    }
}

/// The run of a JavaScript program under the harness on Node (`node`): `solution` holds
/// `solution.js` (and, from TypeScript, its source map), shown in messages as `display`.
pub(super) fn node_program(
    problem: &Problem,
    node: &Toolchain,
    display: &str,
    solution: Vec<(String, Vec<u8>)>,
) -> Program {
    // The heap cap is the problem's memory limit (its follow-up group may have its own).
    let memory_mb = problem
        .follow_up
        .as_ref()
        .map_or(problem.limits.memory_mb, |f| {
            f.limits.memory_mb.max(problem.limits.memory_mb)
        });
    let mut files = vec![("harness.js".to_string(), HARNESS.as_bytes().to_vec())];
    files.extend(solution);
    Program {
        program: node.path.clone(),
        args: vec![
            format!("--max-old-space-size={memory_mb}").into(),
            format!("--stack-size={}", stack_kb()).into(),
            "harness.js".into(),
            display.into(),
        ],
        env: Vec::new(),
        files,
        address_space: None,
        memory_allowance_kb: MEMORY_ALLOWANCE_KB,
        // The same CPU limit as Python. V8 runs most solutions several times faster than
        // CPython, but its JIT warms up inside the first cases and its parallel GC threads
        // count in the process's CPU time; complexity is judged in Python (docs/design.md),
        // and a limit below Python's would risk a false TIME_LIMIT on a busy machine.
        time_multiplier: 1.0,
        encoding: Encoding::JsonLines,
    }
}

/// `--stack-size` for the run: `STACK_KB`, or less when the sandbox cannot raise the stack
/// rlimit to `SANDBOX_STACK` (a lower hard limit) and the run keeps the current soft one.
fn stack_kb() -> u64 {
    use nix::sys::resource::{getrlimit, Resource};
    let Ok((soft, hard)) = getrlimit(Resource::RLIMIT_STACK) else {
        return STACK_KB;
    };
    let infinite = nix::sys::resource::RLIM_INFINITY;
    let stack = if hard == infinite || hard >= SANDBOX_STACK {
        SANDBOX_STACK
    } else {
        soft
    };
    if stack == infinite {
        return STACK_KB;
    }
    // Leave a quarter for Node's own frames and the signal stack.
    STACK_KB.min(stack / 1024 * 3 / 4).max(512)
}

fn names(params: &[&Param]) -> String {
    params
        .iter()
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// LeetCode's JSDoc block above a function or method.
fn jsdoc(method: Option<()>, params: &[&Param], returns: Option<&Type>) -> String {
    let mut out = String::from(if method.is_some() && !params.is_empty() {
        "/** \n"
    } else {
        "/**\n"
    });
    for p in params {
        out.push_str(&format!(" * @param {{{}}} {}\n", js_type(&p.ty), p.name));
    }
    if let Some(ty) = returns {
        out.push_str(&format!(" * @return {{{}}}\n", js_type(ty)));
    }
    out.push_str(" */\n");
    out
}

fn js_type(ty: &Type) -> String {
    match ty {
        Type::Int | Type::Long | Type::Uint32 | Type::Double => "number".into(),
        Type::Bool => "boolean".into(),
        Type::String => "string".into(),
        Type::Char => "character".into(),
        Type::Void => "void".into(),
        Type::Array(inner) | Type::List(inner) => format!("{}[]", js_type(inner)),
        Type::ListNode => "ListNode".into(),
        Type::TreeNode => "TreeNode".into(),
        Type::Node | Type::RandomNode => "_Node".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsdoc_types_are_leetcodes() {
        let t = |s: &str| js_type(&Type::parse(s).unwrap());
        assert_eq!(t("int[]"), "number[]");
        assert_eq!(t("char[][]"), "character[][]");
        assert_eq!(t("list<list<string>>"), "string[][]");
        assert_eq!(t("Node"), "_Node");
        assert_eq!(t("RandomNode"), "_Node");
        assert_eq!(t("bool"), "boolean");
    }

    #[test]
    fn the_stack_stays_under_the_real_one() {
        let kb = stack_kb();
        assert!((512..=STACK_KB).contains(&kb), "{kb}");
    }

    #[test]
    fn the_harness_is_a_script_node_can_read() {
        // A cheap guard on the embedded file: it ends by running main and exiting.
        assert!(HARNESS.contains("\nmain();\nprocess.exit(0);\n"));
        assert!(HARNESS.contains("define('MinPriorityQueue', MinPriorityQueue)"));
    }
}
