//! `prep solution <slug>`: our accepted reference, once the problem is solved or given up, in
//! the language asked (`--lang`), else the running session's, else that of the last attempt
//! on it, else the configured one, else Python. A language without a reference for the problem says so and names those that have.

use anyhow::{bail, Result};

use super::Ctx;
use crate::cli::SolutionArgs;
use crate::history::GAVE_UP;
use crate::lang::LangId;
use crate::ui::style;

pub fn run(ctx: &Ctx, args: &SolutionArgs) -> Result<u8> {
    let problem = ctx.problem(&args.slug)?;
    let attempts = ctx.attempts()?;
    let mine: Vec<_> = attempts.iter().filter(|a| a.slug == problem.slug).collect();
    let earned = mine
        .iter()
        .any(|a| a.verdict == "accepted" || a.verdict == GAVE_UP);
    if !earned {
        bail!(
            "our solution to {0} is shown once you have solved it or given it up (`prep session --abandon`); `prep hint {0}` helps meanwhile",
            problem.slug
        );
    }
    let lang = match &args.lang {
        Some(l) => super::parse_lang(l)?,
        None => {
            let session = crate::session::load(&ctx.paths.session_file())
                .ok()
                .flatten()
                .and_then(|s| LangId::parse(&s.language));
            let last = mine.last().and_then(|a| LangId::parse(&a.language));
            match session.or(last) {
                Some(l) => l,
                None => ctx.default_language()?.unwrap_or(LangId::Python),
            }
        }
    };
    let accepted: Vec<_> = problem
        .solutions
        .iter()
        .filter(|s| s.kind == "accepted")
        .collect();
    let Some(reference) = accepted
        .iter()
        .find(|s| LangId::from_path(std::path::Path::new(&s.file_name)) == Some(lang))
    else {
        let mut others: Vec<&str> = accepted
            .iter()
            .filter_map(|s| LangId::from_path(std::path::Path::new(&s.file_name)))
            .map(LangId::as_str)
            .collect();
        others.dedup();
        if others.is_empty() {
            bail!(
                "{}: no reference solution ships with this problem",
                problem.origin
            );
        }
        bail!(
            "{} has no {} reference; there is one in {} (`prep solution {} --lang {}`)",
            problem.slug,
            lang.title(),
            others.join(", "),
            problem.slug,
            others[0]
        );
    };
    super::print(&format!(
        "{}\n{}\n{}",
        style::heading(&format!(
            "{}: our reference in {} ({})",
            problem.title,
            lang.title(),
            reference.file_name
        )),
        style::dim(&format!(
            "target: time {}; space {}",
            problem.complexity.time, problem.complexity.space
        )),
        reference.source
    ))?;
    Ok(0)
}
