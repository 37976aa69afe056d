//! `prep hint [<slug>]`: the next hint, one at a time, counted in the attempt.

use anyhow::{anyhow, bail, Result};

use super::Ctx;
use crate::catalog::Problem;
use crate::cli::HintArgs;
use crate::ui::style;

pub fn run(ctx: &Ctx, args: &HintArgs) -> Result<u8> {
    let slug = match &args.slug {
        Some(s) => s.clone(),
        None => crate::session::load(&ctx.paths.session_file())
            .map_err(|e| anyhow!(e))?
            .map(|s| s.slug)
            .ok_or_else(|| anyhow!("which problem? give a slug, or start one with `prep solve`"))?,
    };
    let problem = ctx.problem(&slug)?;
    super::print(&next_hint(ctx, problem)?)?;
    Ok(0)
}

/// Shows the next hint of the problem's session and counts it; without a session for the
/// problem, starts counting in a new one is not wanted, so the first hint is shown uncounted.
pub fn next_hint(ctx: &Ctx, problem: &Problem) -> Result<String> {
    if super::mock::load(ctx)?.is_some_and(|m| m.problems.contains(&problem.slug)) {
        bail!(
            "hints are off during a mock interview ({} is one of its problems)",
            problem.slug
        );
    }
    let file = ctx.paths.session_file();
    let session = crate::session::load(&file)
        .map_err(|e| anyhow!(e))?
        .filter(|s| s.slug == problem.slug);
    let Some(mut session) = session else {
        return Ok(format!(
            "{} {}\n{}\n",
            style::heading(&format!("Hint 1 of {}:", problem.hints.len())),
            problem.hints[0],
            style::dim(&format!(
                "(no session for {}: `prep solve {}` starts one and counts hints)",
                problem.slug, problem.slug
            ))
        ));
    };
    if session.mock {
        bail!("hints are off during a mock interview");
    }
    let shown = session.hints_used as usize;
    if shown >= problem.hints.len() {
        return Ok(format!(
            "{}\n",
            style::dim(&format!(
                "No more hints: all {} are shown. `prep show {}` has the statement.",
                problem.hints.len(),
                problem.slug
            ))
        ));
    }
    session.hints_used += 1;
    crate::session::save(&file, &session)?;
    Ok(format!(
        "{} {}\n",
        style::heading(&format!("Hint {} of {}:", shown + 1, problem.hints.len())),
        problem.hints[shown]
    ))
}
