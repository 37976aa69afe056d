//! Everything a person sees: the colour decision (made once at start-up), named styles, and
//! the renderers of reports, tables and statements. Only this module names colours.

pub mod mock;
pub mod report;
pub mod stats;
pub mod style;
pub mod text;

use std::io::IsTerminal;

use crate::cli::ColorChoice;

/// Decides colour once: `--color`, then `NO_COLOR`, `TERM=dumb`, then whether stdout is a
/// terminal; then one override for the whole process.
pub fn init_color(choice: ColorChoice) {
    let on = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
                && std::io::stdout().is_terminal()
        }
    };
    colored::control::set_override(on);
}

/// The colour override is global to the process: renderer tests that set it take turns.
#[cfg(test)]
pub(crate) static COLOUR_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
