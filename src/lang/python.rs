//! Python 3: the harness is one static file (`python_harness.py`) that reads the signature
//! from its header line, so nothing is generated per problem and nothing needs building.

use std::path::Path;

use super::toolchain::{self, Toolchain};
use super::{Build, Encoding, LangId, Language, Program, Purpose, Source, ToolchainError};
use crate::catalog::Problem;
use crate::judge::protocol::Header;
use crate::types::signature::{Method, Param, Signature};
use crate::types::Type;

/// The harness; `prep debug`'s driver imports it as `prep_harness`.
pub const HARNESS: &str = include_str!("python_harness.py");
/// LeetCode's implicit imports, imported by the harness as `prep_prelude`.
pub const PRELUDE: &str = include_str!("python_prelude.py");

pub struct Python;

impl Language for Python {
    fn id(&self) -> LangId {
        LangId::Python
    }

    /// The cases come marshalled (`python_marshal.rs`); the header says so.
    fn header(&self, problem: &Problem) -> Header {
        Header {
            stdin: Some("marshal"),
            ..Header::new(problem.signature_json.clone())
        }
    }

    fn scaffold(&self, problem: &Problem) -> String {
        let mut out = super::scaffold_header(problem, "# ");
        let sig = &problem.signature;
        for (ty, definition) in [
            (Type::ListNode, "# class ListNode:\n#     def __init__(self, val=0, next=None):\n#         self.val = val\n#         self.next = next\n"),
            (Type::TreeNode, "# class TreeNode:\n#     def __init__(self, val=0, left=None, right=None):\n#         self.val = val\n#         self.left = left\n#         self.right = right\n"),
            (Type::Node, "# class Node:\n#     def __init__(self, val = 0, neighbors = None):\n#         self.val = val\n#         self.neighbors = neighbors if neighbors is not None else []\n"),
            (Type::RandomNode, "# class Node:\n#     def __init__(self, x: int, next: 'Node' = None, random: 'Node' = None):\n#         self.val = int(x)\n#         self.next = next\n#         self.random = random\n"),
        ] {
            if sig.mentions(&ty) {
                out.push_str("# Definition (provided by the judge):\n");
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
                out.push_str("class Solution:\n");
                out.push_str(&method(name, params, returns));
            }
            Signature::Class {
                name,
                constructor,
                methods,
                ..
            } => {
                out.push_str(&format!("class {name}:\n\n"));
                let args: String = constructor
                    .iter()
                    .map(|p| format!(", {}: {}", p.name, py_type(&p.ty)))
                    .collect();
                out.push_str(&format!("    def __init__(self{args}):\n        pass\n"));
                for Method {
                    name,
                    params,
                    returns,
                } in methods
                {
                    out.push('\n');
                    out.push_str(&method(name, params, returns));
                }
            }
        }
        out
    }

    fn toolchain(&self, cache: &Path) -> Result<Toolchain, ToolchainError> {
        toolchain::resolve(
            "python3",
            &["-c", "import sys, platform; print(sys.executable); print('Python ' + platform.python_version())"],
            "install Python 3 (3.8 or newer), e.g. `apt install python3`",
            cache,
        )
    }

    fn build(
        &self,
        _problem: &Problem,
        source: &Source,
        toolchain: &Toolchain,
        _cache: &Path,
        _purpose: Purpose,
    ) -> Result<Build, ToolchainError> {
        // Syntax and import errors are found by the harness when it loads the file, in the
        // same process that runs the cases: a separate compile step would cost a start-up.
        Ok(Build::Ready(Program {
            program: toolchain.path.clone(),
            args: vec![
                "-B".into(),
                "-S".into(),
                "harness.py".into(),
                source.display.clone().into(),
            ],
            env: Vec::new(),
            files: vec![
                ("harness.py".into(), HARNESS.as_bytes().to_vec()),
                ("prep_prelude.py".into(), PRELUDE.as_bytes().to_vec()),
                ("solution.py".into(), source.text.as_bytes().to_vec()),
            ],
            address_space: None,
            memory_allowance_kb: 0,
            // `limits.time_ms` is written for Python.
            time_multiplier: 1.0,
            encoding: Encoding::PyMarshal,
        }))
    }

    fn trial(&self) -> &'static str {
        "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen:\n                return [seen[target - x], i]\n            seen[x] = i\n"
    }
}

fn method(name: &str, params: &[Param], returns: &Type) -> String {
    let args: String = params
        .iter()
        .filter(|p| !matches!(p.role, crate::types::signature::Role::CycleIn(_)))
        .map(|p| format!(", {}: {}", p.name, py_type(&p.ty)))
        .collect();
    format!(
        "    def {name}(self{args}) -> {}:\n        pass\n",
        py_type(returns)
    )
}

fn py_type(ty: &Type) -> String {
    match ty {
        Type::Int | Type::Long | Type::Uint32 => "int".into(),
        Type::Double => "float".into(),
        Type::Bool => "bool".into(),
        Type::String | Type::Char => "str".into(),
        Type::Void => "None".into(),
        Type::Array(inner) | Type::List(inner) => format!("List[{}]", py_type(inner)),
        Type::ListNode => "Optional[ListNode]".into(),
        Type::TreeNode => "Optional[TreeNode]".into(),
        Type::Node => "Optional['Node']".into(),
        Type::RandomNode => "'Optional[Node]'".into(),
    }
}
