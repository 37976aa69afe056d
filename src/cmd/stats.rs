//! `prep stats`: streaks, the calendar heat map, per-topic figures and weak areas.

use anyhow::Result;

use super::Ctx;
use crate::cli::StatsArgs;
use crate::history::stats::{compute, Stats};

fn stats(ctx: &Ctx) -> Result<Stats> {
    let attempts = ctx.attempts()?;
    let problems = &ctx.catalog()?.problems;
    Ok(compute(&attempts, problems, ctx.clock.now().date()))
}

pub fn run(ctx: &Ctx, args: &StatsArgs) -> Result<u8> {
    let stats = stats(ctx)?;
    if args.json {
        super::print_json(&stats)?;
    } else {
        super::print(&crate::ui::stats::render(&stats, ctx.clock.now().date()))?;
    }
    Ok(0)
}

/// The weakest topics, weakest first.
pub fn weak_topics(ctx: &Ctx) -> Result<Vec<String>> {
    Ok(stats(ctx)?
        .weak_areas
        .into_iter()
        .map(|w| w.topic)
        .collect())
}
