//! Every language through the real judge, as one matrix: each table below runs once per
//! language, each language is a module (`cargo test --test lang in_java::` runs Java's
//! column, `cargo test --test lang shape` one table across the languages).
//!
//! The tables:
//! - types (`types.rs`): every type of the problem format goes through the harness and back;
//! - signature shapes (`tests/fixtures/lang/shapes/<shape>/`): design classes, codecs, in-place
//!   outputs, node references, cycles;
//! - behaviours (`tests/fixtures/lang/behaviours/<case>/`): accepted, wrong answer, compile
//!   errors at the user's line, runtime errors, limits, prints;
//! - scaffolds: every seed problem's scaffold builds and gets WRONG_ANSWER;
//! - builds: an unchanged file is not built again.
//!
//! A case folder holds `case.json` (the problem, the commands, what the document must show:
//! see `case.rs`) and one solution file per language (`<name>.py`, `.java`, `.cpp`, `.rs`,
//! `.js`, `.ts`); a language without one is named in the case's `not_in` with the reason, so the
//! matrix cannot lose a cell silently. A failure names the table, the case and the language.
//! The LeetCode-compatibility rows (`compat.rs`) are here too: one binary for every language
//! test, since each test already runs in its own PREP_HOME.

#[path = "../common/mod.rs"]
mod common;

mod builds;
mod case;
mod compat;
mod scaffolds;
mod types;

use std::path::{Path, PathBuf};

use prep::lang::LangId;

/// The fixtures folder.
fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lang")
}

/// The extension of `lang`'s solution files.
fn extension(lang: LangId) -> &'static str {
    lang.file_name().rsplit('.').next().unwrap()
}

/// Fails the test with every failure of a table, each naming its case and language; first
/// fails it naming the language's tool and its install when the tool is missing.
fn run_table(lang: LangId, table: &str, run: impl FnOnce(LangId) -> Vec<String>) {
    prep::tools::need(lang.as_str());
    let failures = run(lang);
    assert!(
        failures.is_empty(),
        "{} failure(s) in the {table} table for {lang}:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

macro_rules! matrix {
    ($($module:ident => $lang:expr),* $(,)?) => {$(
        mod $module {
            use super::*;

            #[test]
            fn every_type_round_trips() {
                run_table($lang, "types", types::round_trips);
            }

            #[test]
            fn every_signature_shape_runs() {
                run_table($lang, "shapes", |lang| case::run_table(lang, "shapes"));
            }

            #[test]
            fn every_behaviour_is_judged() {
                run_table($lang, "behaviours", |lang| case::run_table(lang, "behaviours"));
            }

            #[test]
            fn the_scaffolds_of_the_seed_problems_build_and_get_wrong_answer() {
                run_table($lang, "scaffolds", scaffolds::run);
            }

            #[test]
            fn an_unchanged_file_is_not_built_again() {
                run_table($lang, "builds", builds::run);
            }
        }
    )*};
}

// `in_` keeps the columns' names apart from the library's `lang::java::tests` and the like,
// so that `scripts/test --fast` can skip a column by name.
matrix! {
    in_python => LangId::Python,
    in_java => LangId::Java,
    in_cpp => LangId::Cpp,
    in_rust => LangId::Rust,
    in_javascript => LangId::JavaScript,
    in_go => LangId::Go,
    in_typescript => LangId::TypeScript,
}
