//! `prep next`: what to practise now, and why: due reviews first, then the weakest topic,
//! then the next new problem in plan order.

use std::fmt::Write as _;

use anyhow::Result;
use serde_json::json;

use super::Ctx;
use crate::cli::NextArgs;
use crate::ui::style;

pub fn run(ctx: &Ctx, args: &NextArgs) -> Result<u8> {
    let attempts = ctx.attempts()?;
    let problems = &ctx.catalog()?.problems;
    let weak = super::stats::weak_topics(ctx)?;
    let items = crate::history::review::next(
        &attempts,
        problems,
        &weak,
        ctx.clock.now().date(),
        args.count,
    );
    if args.json {
        super::print_json(&json!({ "items": items }))?;
        return Ok(0);
    }
    let mut out = String::new();
    for item in &items {
        let _ = writeln!(out, "  {:<48} {}", item.slug, style::dim(&item.reason));
    }
    if let Some(first) = items.first() {
        let _ = writeln!(
            out,
            "\n{}",
            style::dim(&format!("start with `prep solve {}`", first.slug))
        );
    } else {
        out.push_str(
            "Nothing to suggest: every problem is solved and no review is due. Well done.\n",
        );
    }
    super::print(&out)?;
    Ok(0)
}
