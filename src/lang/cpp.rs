//! C++: not judged yet (the languages issue adds it behind the same trait).

use std::path::Path;

use serde_json::{json, Value};

use super::toolchain::Toolchain;
use super::{Build, LangId, Language, Purpose, Source, ToolchainError};
use crate::catalog::Problem;

pub struct Cpp;

impl Language for Cpp {
    fn id(&self) -> LangId {
        LangId::Cpp
    }

    fn header(&self, problem: &Problem) -> Value {
        json!({ "signature": problem.signature_json })
    }

    fn not_offered(&self, _problem: &Problem) -> Option<String> {
        None
    }

    fn scaffold(&self, _problem: &Problem) -> String {
        String::new()
    }

    fn toolchain(&self, _cache: &Path) -> Result<Toolchain, ToolchainError> {
        Err(ToolchainError {
            message: "C++ solutions are not judged by this version of prep yet".into(),
        })
    }

    fn build(
        &self,
        _problem: &Problem,
        _source: &Source,
        _toolchain: &Toolchain,
        _cache: &Path,
        _purpose: Purpose,
    ) -> Result<Build, ToolchainError> {
        Err(ToolchainError {
            message: "C++ solutions are not judged by this version of prep yet".into(),
        })
    }

    fn trial(&self) -> &'static str {
        ""
    }
}
