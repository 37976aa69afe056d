//! The command line. The `///` text here is what `--help` prints.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Practise coding interviews offline: LeetCode-style problems, a real local judge, a
/// 25-minute timebox and a practice history.
#[derive(Debug, Parser)]
#[command(name = "prep", version, propagate_version = true)]
pub struct Cli {
    /// When to use colour.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List problems, with your status on each.
    List(ListArgs),
    /// Show a problem's statement, examples and constraints.
    Show(ShowArgs),
    /// Start a problem: scaffold the solution file and start the timebox.
    Solve(SolveArgs),
    /// Run the examples and your own cases (cases.json) against your solution.
    Test(TestArgs),
    /// Judge your solution on every test, hidden ones included, and log the attempt.
    Submit(SubmitArgs),
    /// Your past attempts.
    History(HistoryArgs),
    /// For problem authors: check that the references behave as their folders say.
    Verify(VerifyArgs),
    /// Check the toolchains and the judge's protections.
    Doctor(DoctorArgs),
    /// Print a shell completion script.
    Completions(CompletionsArgs),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only problems with this topic (e.g. arrays, trees, graphs).
    #[arg(long)]
    pub topic: Option<String>,
    /// Only this difficulty.
    #[arg(long, value_parser = ["easy", "medium", "hard"])]
    pub difficulty: Option<String>,
    /// Only problems with this status.
    #[arg(long, value_parser = ["new", "attempted", "solved"])]
    pub status: Option<String>,
    /// Only the Blind 75.
    #[arg(long)]
    pub blind75: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The problem's slug, e.g. two-sum.
    pub slug: String,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct SolveArgs {
    /// The problem's slug; with --random, omit it.
    pub slug: Option<String>,
    /// The language of the solution file (python, java, cpp, rust, javascript).
    #[arg(long)]
    pub lang: Option<String>,
    /// The timebox in minutes (default 25).
    #[arg(long)]
    pub minutes: Option<u32>,
    /// Do not watch the file; just scaffold and start the clock.
    #[arg(long)]
    pub no_watch: bool,
    /// Open the file in $VISUAL or $EDITOR.
    #[arg(long)]
    pub edit: bool,
    /// Start over: move the existing file to a timestamped backup and scaffold afresh.
    #[arg(long)]
    pub force: bool,
    /// Pick a random unsolved problem (filtered by --topic and --difficulty).
    #[arg(long)]
    pub random: bool,
    /// With --random: only this topic.
    #[arg(long, requires = "random")]
    pub topic: Option<String>,
    /// With --random: only this difficulty.
    #[arg(long, requires = "random", value_parser = ["easy", "medium", "hard"])]
    pub difficulty: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct TestArgs {
    /// The problem's slug (default: the active session's problem).
    pub slug: Option<String>,
    /// The language, when the workspace has several solution files.
    #[arg(long)]
    pub lang: Option<String>,
    /// Judge this file instead of the workspace's.
    #[arg(long)]
    pub file: Option<PathBuf>,
    /// Run only case N (1-based, examples first, then your cases.json).
    #[arg(long)]
    pub case: Option<usize>,
    /// Run one custom input, e.g. '{"nums": [1, 2], "target": 3}'.
    #[arg(long)]
    pub input: Option<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct SubmitArgs {
    /// The problem's slug (default: the active session's problem).
    pub slug: Option<String>,
    /// The language, when the workspace has several solution files.
    #[arg(long)]
    pub lang: Option<String>,
    /// Judge this file instead of the workspace's.
    #[arg(long)]
    pub file: Option<PathBuf>,
    /// Run every case even after a failure.
    #[arg(long)]
    pub all: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct HistoryArgs {
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// Only the last N attempts.
    #[arg(long)]
    pub limit: Option<usize>,
}

#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    /// Problems to verify (default: all).
    pub slugs: Vec<String>,
    /// Recompute every expected output from the accepted reference and rewrite problem.json.
    #[arg(long)]
    pub bless: bool,
    /// Read problems from this folder instead of the built-in catalogue.
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct DoctorArgs {
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell.
    pub shell: clap_complete::Shell,
}
