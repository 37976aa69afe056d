//! `prep reset <slug>`: a fresh scaffold and a fresh clock; the old file is kept as a backup.

use anyhow::Result;

use super::Ctx;
use crate::cli::{ResetArgs, SolveArgs};

pub fn run(ctx: &Ctx, args: &ResetArgs) -> Result<u8> {
    // The same path as `prep solve --force`, without watch mode.
    let file = ctx.paths.session_file();
    if let Ok(Some(s)) = crate::session::load(&file) {
        if s.slug == args.slug {
            crate::session::clear(&file)?;
        }
    }
    super::solve::run(
        ctx,
        &SolveArgs {
            slug: Some(args.slug.clone()),
            lang: args.lang.clone(),
            minutes: None,
            no_watch: true,
            edit: false,
            force: true,
            random: false,
            topic: None,
            difficulty: None,
        },
    )
}
