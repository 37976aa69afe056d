//! prep: offline coding-interview practice with a real local judge.
//!
//! `run` parses the command line, builds the context and dispatches to one file per
//! subcommand under `cmd/`. Only `main` turns the result into an exit code.

pub mod catalog;
pub mod cli;
pub mod clock;
pub mod cmd;
pub mod config;
pub mod editor;
pub mod history;
pub mod judge;
pub mod lang;
pub mod paths;
pub mod probe;
pub mod session;
pub mod tools;
pub mod types;
pub mod ui;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;

/// Runs prep with these arguments (the first is the program name) and returns the exit code:
/// 0 success or accepted, 1 a failing verdict, 2 prep cannot go on.
pub fn run<I: IntoIterator<Item = OsString>>(args: I) -> ExitCode {
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    ui::init_color(cli.color);
    match cmd::dispatch(cli.command) {
        Ok(code) => ExitCode::from(code),
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{} {e:#}", ui::style::error("error:"));
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}
