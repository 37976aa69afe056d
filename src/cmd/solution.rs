//! `prep solution <slug>`: our accepted reference, once the problem is solved or given up.

use anyhow::{bail, Result};

use super::Ctx;
use crate::cli::SolutionArgs;
use crate::history::Abandon;
use crate::ui::style;

pub fn run(ctx: &Ctx, args: &SolutionArgs) -> Result<u8> {
    let problem = ctx.problem(&args.slug)?;
    let solved = ctx
        .attempts()?
        .iter()
        .any(|a| a.slug == problem.slug && a.verdict == "accepted");
    let (abandoned, _) = ctx.history().events::<Abandon>("abandon")?;
    let gave_up = abandoned.iter().any(|a| a.slug == problem.slug);
    if !solved && !gave_up {
        bail!(
            "our solution to {0} is shown once you have solved it or given it up (`prep session --abandon`); `prep hint {0}` helps meanwhile",
            problem.slug
        );
    }
    let Some(reference) = problem.reference() else {
        bail!(
            "{}: no reference solution ships with this problem",
            problem.origin
        );
    };
    super::print(&format!(
        "{}\n{}\n{}",
        style::heading(&format!(
            "{}: our reference ({})",
            problem.title, reference.file_name
        )),
        style::dim(&format!(
            "target: time {}; space {}",
            problem.complexity.0, problem.complexity.1
        )),
        reference.source
    ))?;
    Ok(0)
}
