//! `prep history`: past attempts, newest last.

use std::fmt::Write as _;

use anyhow::Result;
use serde_json::json;

use super::Ctx;
use crate::cli::HistoryArgs;
use crate::judge::report::Verdict;
use crate::ui::style;

pub fn run(ctx: &Ctx, args: &HistoryArgs) -> Result<u8> {
    let attempts = ctx.attempts()?;
    let skip = args.limit.map_or(0, |n| attempts.len().saturating_sub(n));
    let shown = &attempts[skip..];
    if args.json {
        let list: Vec<_> = shown
            .iter()
            .map(|a| {
                json!({
                    "id": a.id, "at": a.at, "slug": a.slug, "language": a.language,
                    "verdict": a.verdict, "passed": a.passed, "total": a.total,
                    "elapsed_s": a.elapsed_s, "timebox_s": a.timebox_s,
                    "over_time": a.over_time, "hints_used": a.hints_used,
                })
            })
            .collect();
        super::print_json(&json!({ "attempts": list }))?;
        return Ok(0);
    }
    if shown.is_empty() {
        super::print("No attempts yet: `prep solve two-sum` starts one.\n")?;
        return Ok(0);
    }
    let mut out = String::new();
    for a in shown {
        let verdict = Verdict::parse(&a.verdict).unwrap_or(Verdict::InternalError);
        let time = match (a.elapsed_s, a.timebox_s) {
            (Some(e), Some(t)) => format!(
                "{} / {}{}",
                crate::ui::report::clock(e),
                crate::ui::report::clock(t),
                if a.over_time { " over" } else { "" }
            ),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "{}  {:<40} {:<10} {:<22} {:>7}  {}",
            style::dim(a.at.get(..16).unwrap_or(&a.at)),
            a.slug,
            a.language,
            style::verdict(verdict, verdict.title()),
            format!("{}/{}", a.passed, a.total),
            style::dim(&time)
        );
    }
    super::print(&out)?;
    Ok(0)
}
