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
    /// Find the smallest input on which your solution fails, against our reference.
    Stress(StressArgs),
    /// Show the next hint (counted in the attempt).
    Hint(HintArgs),
    /// Where the timebox stands; --abandon gives the problem up (logged).
    Session(SessionArgs),
    /// Streaks, a calendar heat map, per-topic figures and your weak areas.
    Stats(StatsArgs),
    /// What to practise now, and why.
    Next(NextArgs),
    /// A mock interview: problems under one clock, hints off, a summary at the end.
    Mock(MockArgs),
    /// Our reference solution, once you have solved or given up the problem.
    Solution(SolutionArgs),
    /// A fresh scaffold for a problem; the old file is kept as a backup.
    Reset(ResetArgs),
    /// Compare the code of two submitted attempts of a problem.
    Compare(CompareArgs),
    /// Your past attempts.
    History(HistoryArgs),
    /// For problem authors: check that the references behave as their folders say.
    Verify(VerifyArgs),
    /// Check the toolchains and the judge's protections.
    Doctor(DoctorArgs),
    /// Measure how your solution's time grows with n and name its class.
    Complexity(ComplexityArgs),
    /// Run one case under the debugger, stopped in your method (Python: pdb).
    Debug(DebugArgs),
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
    /// The language of the solution file (python, java, cpp, rust, javascript, typescript, go).
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

/// Which solution a judging command means (docs/contract.md section 3).
#[derive(Debug, clap::Args)]
pub struct Which {
    /// The problem's slug (default: the active session's problem).
    pub slug: Option<String>,
    /// The language, when the workspace has several solution files.
    #[arg(long)]
    pub lang: Option<String>,
    /// This file instead of the workspace's.
    #[arg(long)]
    pub file: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct TestArgs {
    #[command(flatten)]
    pub which: Which,
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
    #[command(flatten)]
    pub which: Which,
    /// Run every case even after a failure.
    #[arg(long)]
    pub all: bool,
    /// Do not look for a smaller failing input when the first failure is on a large one.
    #[arg(long)]
    pub no_stress: bool,
    /// After an accepted verdict, do not measure how the solution's time grows.
    #[arg(long)]
    pub no_probe: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct StressArgs {
    #[command(flatten)]
    pub which: Which,
    /// How long to search, in seconds (a failing input found late is shrunk for as long again).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub seconds: u64,
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
    /// Print every attempt in this format instead (csv).
    #[arg(long, value_parser = ["csv"])]
    pub export: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct HintArgs {
    /// The problem (default: the active session's).
    pub slug: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct SessionArgs {
    /// Give the current problem up: the session ends and is logged as abandoned.
    #[arg(long)]
    pub abandon: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct NextArgs {
    /// How many suggestions.
    #[arg(long, default_value_t = 5)]
    pub count: usize,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct MockArgs {
    /// Draw the problems from this topic (default: your weakest topics).
    #[arg(long)]
    pub topic: Option<String>,
    /// How many problems.
    #[arg(long, default_value_t = 2)]
    pub problems: usize,
    /// The clock, in minutes.
    #[arg(long, default_value_t = 45)]
    pub minutes: u32,
    /// The language of the solution files.
    #[arg(long)]
    pub lang: Option<String>,
    /// End the mock interview now and print its summary.
    #[arg(long)]
    pub end: bool,
    /// Print JSON: the problems when starting, the summary with --end.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct SolutionArgs {
    /// The problem.
    pub slug: String,
    /// The reference's language (default: the running session's, then the configured one).
    #[arg(long)]
    pub lang: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ResetArgs {
    /// The problem.
    pub slug: String,
    /// The language of the file to reset.
    #[arg(long)]
    pub lang: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// The problem.
    pub slug: String,
    /// The older attempt: its id, or its number counted back from the newest (1 = newest).
    #[arg(long, default_value = "2")]
    pub from: String,
    /// The newer attempt (same forms).
    #[arg(long, default_value = "1")]
    pub to: String,
}

#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    /// Problems to verify (default: all).
    pub slugs: Vec<String>,
    /// Recompute every expected output from the accepted reference and rewrite problem.json.
    #[arg(long)]
    pub bless: bool,
    /// With --bless: also overwrite an example's or hand-written test's output that the
    /// accepted reference disagrees with (without it, such a disagreement stops the bless).
    #[arg(long, requires = "bless")]
    pub force: bool,
    /// A missing toolchain fails the references and scaffolds it would build (CI), instead of
    /// being noted.
    #[arg(long)]
    pub strict: bool,
    /// Read problems from this folder instead of the built-in catalogue.
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Also run the complexity probe on the Python references: the accepted ones must meet
    /// the target class, the brute-force and time-limit ones must be measured slower.
    #[arg(long)]
    pub probe: bool,
    /// Also run every accepted reference, in every language, on the inputs `prep stress`
    /// draws first for the problem (drawn for SECONDS, at least its first two batches, with
    /// the Python reference's answers): none may be a false alarm of the finder.
    #[arg(long, value_name = "SECONDS")]
    pub stress: Option<u64>,
    /// Problems verified at once (default: the number of cores). The report is printed in
    /// catalogue order whatever the number.
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct ComplexityArgs {
    #[command(flatten)]
    pub which: Which,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct DebugArgs {
    #[command(flatten)]
    pub which: Which,
    /// The case to run (1-based, examples first, then your cases.json).
    #[arg(long, default_value_t = 1)]
    pub case: usize,
    /// Write the case's program, then print a VS Code launch.json entry and the command that
    /// runs it, instead of starting the debugger.
    #[arg(long)]
    pub print_launch: bool,
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
