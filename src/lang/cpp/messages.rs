//! The compiler's output as a user needs it: trimmed, with a word on LeetCode's signature when
//! the error is in prep's generated part rather than in the user's own file.

use std::fmt::Write as _;

use super::harness::{cpp_type, decls};
use super::HARNESS_NAME;
use crate::catalog::Problem;
use crate::lang::compile;
use crate::types::signature::Signature;

/// The compiler's output trimmed to what a user needs, with a word on the signature when an
/// error is in the generated call rather than in the user's own file.
pub(super) fn compile_message(text: &str, problem: &Problem) -> String {
    let mut message = compile::trim_lines(text, 40);
    if text.contains(&format!("{HARNESS_NAME}:")) {
        let _ = write!(
            message,
            "\n\nprep calls {} (LeetCode's signature): check your class, method names and parameter types.",
            expected_call(&problem.signature)
        );
    }
    message
}

fn expected_call(sig: &Signature) -> String {
    match sig {
        Signature::Function {
            name,
            params,
            returns,
            ..
        } => format!(
            "`{} {name}({})` on `Solution`",
            cpp_type(returns),
            decls(params)
        ),
        Signature::Class { name, methods, .. } => {
            let list: Vec<String> = methods
                .iter()
                .map(|m| {
                    format!(
                        "`{} {}({})`",
                        cpp_type(&m.returns),
                        m.name,
                        decls(&m.params)
                    )
                })
                .collect();
            format!("{} on `{name}`", list.join(", "))
        }
    }
}
