//! The command line as typed: clap definitions only. `app` resolves these
//! (with the environment) into settings; `cmd/*` carry them out.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "judge",
    version,
    about = "Offline coding-practice judge: LeetCode-style problems, Rust solutions, timed against interview targets",
    after_help = "Start here:\n  judge list                 the problems\n  judge start lc-15          open 3Sum: statement, a file to edit, the clock starts\n  judge run                  try your solution on the examples\n  judge submit               run the hidden tests\n\nExit codes: 0 accepted/ok, 1 rejected, 2 usage error, 3 setup error, 4 internal error.\nData directory: $JUDGE_HOME (default: the platform's data dir, e.g. ~/.local/share/judge)."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug)]
pub struct GlobalArgs {
    /// Use the problem packages in DIR instead of the built-in ones.
    #[arg(long, global = true, value_name = "DIR", env = "JUDGE_PROBLEMS")]
    pub problems: Option<PathBuf>,
    /// When to use colour (NO_COLOR is honoured by `auto`).
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Processes to run at once (default: the number of cores).
    #[arg(long, short = 'j', global = true, value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List the problems, with difficulty and patterns.
    #[command(
        after_help = "Examples:\n  judge list\n  judge list --pattern two-pointers --difficulty medium\n  judge list --format json"
    )]
    List(ListArgs),
    /// Print a problem's statement.
    #[command(after_help = "Example:\n  judge show lc-15")]
    Show(ShowArgs),
    /// Open a problem: print the statement, create the file to edit, start the clock.
    #[command(
        after_help = "Example:\n  judge start lc-15\n\nThe file holds exactly what LeetCode's editor holds, so code pastes both ways.\nThe workspace is a Cargo crate: rust-analyzer and `cargo check` work in it."
    )]
    Start(StartArgs),
    /// Run your solution on the examples, or on your own input.
    #[command(
        after_help = "Examples:\n  judge run\n  judge run lc-15 --input '[[-1,0,1,2,-1,-4]]'"
    )]
    Run(RunArgs),
    /// Run your solution on every hidden test and record the result.
    #[command(
        after_help = "Examples:\n  judge submit\n  judge submit lc-15 --file ~/leetcode/3sum.rs"
    )]
    Submit(SubmitArgs),
    /// Judge solution files non-interactively (for CI), in parallel.
    #[command(
        after_help = "The problem comes from --problem, or from the file name: lc-15.rs, lc-15_alice.rs.\n\nExamples:\n  judge grade solutions/*.rs\n  judge grade --problem lc-15 alice.rs bob.rs --format json\n\nExit codes: 0 all accepted, 1 some rejected, 2 usage error, 3 setup error."
    )]
    Grade(GradeArgs),
    /// Prove problem packages sound (reference, brute force, wrong solutions, stub, generator).
    #[command(
        after_help = "Examples:\n  judge verify            every package\n  judge verify lc-15\n  judge --problems ./my-problems verify"
    )]
    Verify(VerifyArgs),
    #[command(name = "__sandbox-exec", hide = true)]
    SandboxExec,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only problems with this pattern (e.g. two-pointers, sliding-window).
    #[arg(long)]
    pub pattern: Option<String>,
    /// Only problems of this difficulty (easy, medium, hard).
    #[arg(long)]
    pub difficulty: Option<String>,
    /// Only problems on this list (seed, blind75, neetcode150).
    #[arg(long)]
    pub list: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// The problem, e.g. lc-15.
    pub id: String,
    /// Also print the hints.
    #[arg(long)]
    pub hints: bool,
}

#[derive(Args, Debug)]
pub struct StartArgs {
    /// The problem, e.g. lc-15.
    pub id: String,
}

#[derive(Args, Debug)]
pub struct SolutionArgs {
    /// The problem (default: the attempt in progress, or the workspace you are in).
    pub id: Option<String>,
    /// The solution file (default: the problem's workspace file).
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// Rust edition to compile with.
    #[arg(long, default_value = crate::compile::DEFAULT_EDITION)]
    pub edition: String,
}

#[derive(Args, Debug)]
pub struct RunArgs {
    #[command(flatten)]
    pub solution: SolutionArgs,
    /// A custom input: the arguments as a JSON array, e.g. '[[1,2,3],2]'.
    #[arg(long, value_name = "JSON")]
    pub input: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Args, Debug)]
pub struct SubmitArgs {
    #[command(flatten)]
    pub solution: SolutionArgs,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// List every case in the report.
    #[arg(long, short)]
    pub verbose: bool,
}

#[derive(Args, Debug)]
pub struct GradeArgs {
    /// Solution files to judge.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The problem every file solves (default: from each file's name).
    #[arg(long)]
    pub problem: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Rust edition to compile with.
    #[arg(long, default_value = crate::compile::DEFAULT_EDITION)]
    pub edition: String,
}

#[derive(Args, Debug)]
pub struct VerifyArgs {
    /// Packages to verify (default: all).
    pub ids: Vec<String>,
}
