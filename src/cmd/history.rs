//! `prep history`: past attempts and give-ups (verdict `gave_up`), newest last; an accepted
//! attempt whose follow-up failed says so in every form (text, `--json`, CSV).

use std::fmt::Write as _;

use anyhow::Result;
use serde_json::json;

use super::Ctx;
use crate::cli::HistoryArgs;
use crate::ui::style;

pub fn run(ctx: &Ctx, args: &HistoryArgs) -> Result<u8> {
    let attempts = ctx.attempts()?;
    let skip = args.limit.map_or(0, |n| attempts.len().saturating_sub(n));
    let shown = &attempts[skip..];
    if args.export.is_some() {
        super::print(&csv(shown))?;
        return Ok(0);
    }
    if args.json {
        let list: Vec<_> = shown
            .iter()
            .map(|a| {
                json!({
                    "id": a.id, "at": a.at, "slug": a.slug, "language": a.language,
                    "verdict": a.verdict, "follow_up": a.follow_up,
                    "passed": a.passed, "total": a.total,
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
    let slug_w = shown.iter().map(|a| a.slug.len()).max().unwrap_or(0);
    let mut out = String::new();
    for a in shown {
        let time = match (a.elapsed_s, a.timebox_s) {
            (Some(e), Some(t)) => format!(
                "{} / {}{}",
                crate::ui::report::clock(e),
                crate::ui::report::clock(t),
                if a.over_time { " over" } else { "" }
            ),
            _ => String::new(),
        };
        let cases = if a.verdict == crate::history::GAVE_UP {
            String::new()
        } else {
            format!("{}/{}", a.passed, a.total)
        };
        let _ = writeln!(
            out,
            "{}  {:<slug_w$} {:<10} {:>7}  {}  {}",
            style::dim(a.at.get(..16).unwrap_or(&a.at)),
            a.slug,
            a.language,
            cases,
            crate::ui::report::outcome(&a.verdict, a.follow_up.as_deref()),
            style::dim(&time)
        );
    }
    super::print(&out)?;
    Ok(0)
}

/// Attempts as CSV (RFC 4180 quoting), one header line.
fn csv(attempts: &[crate::history::Attempt]) -> String {
    fn field(text: &str) -> String {
        if text.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_string()
        }
    }
    let mut out = String::from("id,at,slug,language,topics,verdict,follow_up,passed,total,elapsed_s,timebox_s,over_time,hints_used,runs\n");
    for a in attempts {
        let opt = |v: Option<i64>| v.map_or(String::new(), |x| x.to_string());
        let row = [
            field(&a.id),
            field(&a.at),
            field(&a.slug),
            field(&a.language),
            field(&a.topics.join(" ")),
            field(&a.verdict),
            field(a.follow_up.as_deref().unwrap_or("")),
            a.passed.to_string(),
            a.total.to_string(),
            opt(a.elapsed_s),
            opt(a.timebox_s),
            a.over_time.to_string(),
            a.hints_used.to_string(),
            a.runs.to_string(),
        ];
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}
