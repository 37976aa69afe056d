//! `prep completions <shell>`: a completion script on stdout. Beside the subcommands and
//! flags, it offers the values prep knows: the catalogue's slugs (and the user's own
//! problems) where a slug goes, the languages after `--lang`, the topics after `--topic`.

use anyhow::Result;
use clap::builder::PossibleValuesParser;
use clap::{Arg, Command, CommandFactory};

use crate::catalog::problem::TOPICS;
use crate::catalog::Catalog;
use crate::cli::{Cli, CompletionsArgs};
use crate::lang::LangId;
use crate::paths::Paths;

pub fn run(args: &CompletionsArgs) -> Result<u8> {
    let catalog = Catalog::load(Some(&Paths::from_env().problems_dir()))?;
    // The script is written once and prep exits: the few leaked names cost nothing, and
    // clap's completion values want `'static` names (its `string` feature is off).
    let slugs: Vec<&'static str> = catalog
        .problems
        .iter()
        .map(|p| &*p.slug.clone().leak())
        .collect();
    let languages: Vec<&'static str> = LangId::ALL.into_iter().map(LangId::as_str).collect();
    let mut command = with_values(Cli::command(), &slugs, &languages);
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "prep", &mut out);
    super::print(&String::from_utf8_lossy(&out))?;
    Ok(0)
}

/// Every subcommand's `slug`, `lang` and `topic` arguments with the values to offer.
fn with_values(command: Command, slugs: &[&'static str], languages: &[&'static str]) -> Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    names.iter().fold(command, |command, name| {
        command.mut_subcommand(name, |sub| {
            let ids: Vec<String> = sub
                .get_arguments()
                .map(|a| a.get_id().to_string())
                .collect();
            ids.iter().fold(sub, |sub, id| {
                let values: &[&'static str] = match id.as_str() {
                    "slug" => slugs,
                    "lang" => languages,
                    "topic" => TOPICS,
                    _ => return sub,
                };
                sub.mut_arg(id, |arg: Arg| {
                    arg.value_parser(PossibleValuesParser::new(values.iter().copied()))
                })
            })
        })
    })
}
