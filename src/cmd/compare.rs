//! `prep compare <slug>`: a line diff between the code of two submitted attempts.

use std::fmt::Write as _;

use anyhow::{anyhow, bail, Context as _, Result};
use similar::{ChangeTag, TextDiff};

use super::Ctx;
use crate::cli::CompareArgs;
use crate::history::Attempt;
use crate::ui::style;

pub fn run(ctx: &Ctx, args: &CompareArgs) -> Result<u8> {
    let attempts: Vec<Attempt> = ctx
        .attempts()?
        .into_iter()
        .filter(|a| a.slug == args.slug && a.snapshot.is_some())
        .collect();
    if attempts.len() < 2 {
        bail!(
            "{} has {} with code; comparing needs two",
            args.slug,
            crate::ui::text::plural(attempts.len(), "submitted attempt")
        );
    }
    let pick = |which: &str| -> Result<&Attempt> {
        if let Some(a) = attempts.iter().find(|a| a.id == which) {
            return Ok(a);
        }
        let back: usize = which
            .parse()
            .map_err(|_| anyhow!("`{which}` is neither an attempt id nor a number"))?;
        if back == 0 || back > attempts.len() {
            bail!(
                "there are {} attempts of {} (1 = newest)",
                attempts.len(),
                args.slug
            );
        }
        Ok(&attempts[attempts.len() - back])
    };
    let (a, b) = (pick(&args.from)?, pick(&args.to)?);
    let read = |x: &Attempt| -> Result<String> {
        let path = ctx
            .paths
            .snapshots_dir()
            .join(x.snapshot.as_deref().unwrap_or_default());
        std::fs::read_to_string(&path)
            .with_context(|| format!("{}: cannot read the snapshot", path.display()))
    };
    let (old, new) = (read(a)?, read(b)?);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        style::removed(&format!("--- {} {} ({})", a.at, a.verdict, a.id))
    );
    let _ = writeln!(
        out,
        "{}",
        style::added(&format!("+++ {} {} ({})", b.at, b.verdict, b.id))
    );
    let diff = TextDiff::from_lines(&old, &new);
    for group in diff.grouped_ops(3) {
        let _ = writeln!(out, "{}", style::dim("@@"));
        for op in group {
            for change in diff.iter_changes(&op) {
                let text = change.value().trim_end_matches('\n');
                let line = match change.tag() {
                    ChangeTag::Delete => style::removed(&format!("-{text}")).to_string(),
                    ChangeTag::Insert => style::added(&format!("+{text}")).to_string(),
                    ChangeTag::Equal => format!(" {text}"),
                };
                let _ = writeln!(out, "{line}");
            }
        }
    }
    if old == new {
        let _ = writeln!(
            out,
            "{}",
            style::dim("(the two attempts have the same code)")
        );
    }
    super::print(&out)?;
    Ok(0)
}
