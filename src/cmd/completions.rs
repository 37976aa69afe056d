//! `prep completions <shell>`: a completion script on stdout.

use anyhow::Result;
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};

pub fn run(args: &CompletionsArgs) -> Result<u8> {
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "prep", &mut out);
    super::print(&String::from_utf8_lossy(&out))?;
    Ok(0)
}
