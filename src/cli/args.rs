//! The command line as typed: clap definitions only. `app` resolves these
//! (with the environment) into settings; `cmd/*` carry them out. The
//! values offered at TAB come from `complete`'s completers, named here on
//! their arguments.

use crate::cli::complete;
use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::{ArgValueCandidates, ArgValueCompleter};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "judge",
    version,
    about = "Offline coding-practice judge: LeetCode-style problems, Rust solutions, timed against interview targets",
    after_help = "Start here:\n  judge list                 the problems\n  judge start lc-15          open 3Sum: statement, a file to edit, the clock starts\n  judge run                  try your solution on the examples\n  judge submit               run the hidden tests\n\nExit codes: 0 accepted/ok, 1 rejected, 2 usage error, 3 setup error, 4 internal error, 130 interrupted.\nData directory: $JUDGE_HOME (default: the platform's data dir, e.g. ~/.local/share/judge)."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug)]
pub struct GlobalArgs {
    /// Use the problem packages in DIR instead of the built-in ones (before
    /// the command: `judge --problems DIR verify`).
    #[arg(long, value_name = "DIR", env = "JUDGE_PROBLEMS", value_hint = clap::ValueHint::DirPath)]
    pub problems: Option<PathBuf>,
    /// When to use colour (NO_COLOR is honoured by `auto`; default: auto, or judge.toml's).
    #[arg(long, global = true, value_enum)]
    pub color: Option<ColorChoice>,
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

/// `judge grade`'s formats: JUnit XML besides human and JSON.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum GradeFormat {
    Human,
    Json,
    Junit,
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
        after_help = "Examples:\n  judge start lc-15\n  judge start lc-15 --edit          open the file in $VISUAL or $EDITOR\n  judge start --random --difficulty medium --pattern graphs\n\nThe file holds exactly what LeetCode's editor holds, so code pastes both ways.\nThe workspace is a Cargo crate: rust-analyzer and `cargo check` work in it."
    )]
    Start(StartArgs),
    /// Run your solution on the examples, or on your own input.
    #[command(
        after_help = "Examples:\n  judge run\n  judge run lc-15 --input '[[-1,0,1,2,-1,-4]]'\n  judge run lc-1 --input 'nums = [3,2,4], target = 6'\n\nWithout --input it runs the examples, then the cases in the workspace's tests.txt."
    )]
    Run(RunArgs),
    /// Run your solution on every hidden test and record the result.
    #[command(
        after_help = "Examples:\n  judge submit\n  judge submit lc-15 --file ~/leetcode/3sum.rs"
    )]
    Submit(SubmitArgs),
    /// Re-run the examples and tests.txt on each save of the solution file.
    #[command(
        after_help = "Keys (no Enter needed on a terminal; one a line otherwise):\n  s  submit (recorded, as `judge submit`)\n  h  the next hint (counted, as `judge hint`)\n  p  pause or resume the clock and the watching\n  q  quit\n\nExamples:\n  judge watch\n  judge watch lc-15 --poll     on WSL or a network file system"
    )]
    Watch(WatchArgs),
    /// Judge solution files non-interactively (for CI), in parallel.
    #[command(
        after_help = "The problem comes from --problem, or from the file name: lc-15.rs, lc-15_alice.rs.\n\nExamples:\n  judge grade solutions/*.rs\n  judge grade --problem lc-15 alice.rs bob.rs --format json\n  judge grade solutions/*.rs --format junit --shard 2/4 > junit.xml\n\nExit codes: 0 all accepted, 1 some rejected, 2 usage error, 3 setup error."
    )]
    Grade(GradeArgs),
    /// Prove problem packages sound (reference, brute force, wrong solutions, stub, generator).
    #[command(
        after_help = "Examples:\n  judge verify            every package\n  judge verify lc-15\n  judge --problems ./my-problems verify"
    )]
    Verify(VerifyArgs),
    /// Show the attempt in progress, its clock against the target, and any mock interview.
    Status(FormatArgs),
    /// Pause the attempt's clock (logged; the pause does not count as time spent).
    Pause(AttemptArgs),
    /// Resume a paused attempt's clock.
    Resume(AttemptArgs),
    /// Give up the attempt in progress (recorded as abandoned).
    Abandon(AttemptArgs),
    /// Show the next hint (hints shown are counted on the attempt).
    Hint(AttemptArgs),
    /// List past attempts, or print a past submission's code and report.
    #[command(
        after_help = "Examples:\n  judge history\n  judge history lc-15\n  judge history --show 12"
    )]
    History(HistoryArgs),
    /// Success rates against the plan's goals, per difficulty and pattern; the weak patterns.
    Stats(StatsArgs),
    /// A timed mock interview: several problems under one clock.
    #[command(
        after_help = "Presets (from the study plan):\n  two-medium-50   two Mediums in 50 minutes\n  medium-hard     one Medium and one Hard in 75 minutes\n  two-medium-45   two Mediums in 45 minutes\n  phone-screen    two Mediums in 60 minutes\n\nExamples:\n  judge mock two-medium-50\n  judge mock --difficulty medium --difficulty hard --minutes 75 --hide-difficulty\n  judge mock --pattern graphs --count 2 --minutes 60\n  judge mock --problems lc-15,lc-3 --minutes 45\n  judge mock end          end the session early and see the report\n  judge mock report       the report of the last session"
    )]
    Mock(MockArgs),
    /// The 12-week study plan: start it, see it, tick off tasks.
    #[command(
        after_help = "Examples:\n  judge plan start\n  judge plan start --on 2026-12-07 --file my-plan.toml\n  judge plan\n  judge plan done 4.1.2\n  judge plan undo 4.1.2\n  judge plan start --restart"
    )]
    Plan(PlanArgs),
    /// Today's problems and tasks from the study plan.
    Today(FormatArgs),
    /// Problems due for review (spaced repetition over your attempts).
    Review(FormatArgs),
    /// Your record as one HTML page: calendar, goals, weekly times, mocks, review.
    #[command(
        after_help = "Examples:\n  judge report                 writes report.html in the data directory\n  judge report --open\n  judge report --output ~/progress.html\n\nThe page is self-contained: no script, no network."
    )]
    Report(ReportArgs),
    /// Check the toolchain, the data directory, the packages and every sandbox layer.
    Doctor(FormatArgs),
    /// Print the shell's completion script: at each TAB it asks judge for the problem ids, patterns, lists and mock presets in use then (`source <(judge completions bash)` in ~/.bashrc).
    #[command(
        after_help = "Install (made anew at each shell's start, so it always matches this judge):\n  bash        echo 'source <(judge completions bash)' >> ~/.bashrc\n  zsh         echo 'source <(judge completions zsh)' >> ~/.zshrc\n  fish        echo 'judge completions fish | source' >> ~/.config/fish/completions/judge.fish\n  elvish      echo 'eval (judge completions elvish | slurp)' >> ~/.config/elvish/rc.elv\n  powershell  echo 'judge completions powershell | Out-String | Invoke-Expression' >> $PROFILE\n\nThe script is what `COMPLETE=bash judge` prints. Packages added later, `--problems DIR`\nand judge.toml's `problems` are offered without making it again."
    )]
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff: `judge man | man -l -`).
    Man,
    /// Write the whole history as JSON (to FILE, or stdout).
    Export(ExportArgs),
    /// Read a history written by `judge export` (records already present are skipped).
    Import(ImportArgs),
    #[command(name = "__sandbox-exec", hide = true)]
    SandboxExec,
    /// What `judge start` leaves running while the statement is read: the
    /// harness, the problem's tests and the first build, prepared.
    #[command(name = "__prepare", hide = true)]
    Prepare { id: String },
}

#[derive(Args, Debug)]
pub struct FormatArgs {
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Args, Debug)]
pub struct AttemptArgs {
    /// The problem (default: the attempt in progress).
    #[arg(add = ArgValueCompleter::new(complete::problems))]
    pub id: Option<String>,
}

#[derive(Args, Debug)]
pub struct HistoryArgs {
    /// Only this problem's attempts, with their submissions.
    #[arg(add = ArgValueCompleter::new(complete::problems))]
    pub id: Option<String>,
    /// Print submission N (its code and report).
    #[arg(long, value_name = "N")]
    pub show: Option<i64>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Weeks shown in the submission calendar.
    #[arg(long, default_value_t = 12)]
    pub weeks: u32,
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// Where to write the page (default: report.html in the data directory).
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Open the page in the browser (xdg-open, or open on macOS).
    #[arg(long)]
    pub open: bool,
}

#[derive(Args, Debug)]
pub struct MockArgs {
    /// A preset (two-medium-50, medium-hard, two-medium-45, phone-screen), or `end`, or `report`.
    #[arg(add = ArgValueCandidates::new(complete::mock_words))]
    pub preset: Option<String>,
    /// Exactly these problems (comma-separated).
    #[arg(long, value_delimiter = ',', add = ArgValueCompleter::new(complete::problems))]
    pub problems: Vec<String>,
    /// One problem of this difficulty per use (easy, medium, hard).
    #[arg(long, add = ArgValueCandidates::new(complete::difficulties))]
    pub difficulty: Vec<String>,
    /// Only problems with this pattern.
    #[arg(long, add = ArgValueCandidates::new(complete::patterns))]
    pub pattern: Option<String>,
    /// How many problems (with --pattern, or to shorten a preset).
    #[arg(long)]
    pub count: Option<usize>,
    /// The session's length in minutes.
    #[arg(long)]
    pub minutes: Option<i64>,
    /// Do not show the problems' difficulty until the report.
    #[arg(long)]
    pub hide_difficulty: bool,
}

#[derive(Args, Debug)]
pub struct PlanArgs {
    #[command(subcommand)]
    pub action: Option<PlanAction>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Subcommand, Debug)]
pub enum PlanAction {
    /// Start the plan (today, or on DATE), with the built-in plan or FILE.
    Start {
        /// The first day of week 1 (YYYY-MM-DD; default today).
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// Your own plan (TOML, the format of plans/12-week.toml).
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
        /// Start again over a running plan (its ticked-off items are cleared).
        #[arg(long)]
        restart: bool,
    },
    /// Tick off checklist items (their ids are shown by `judge plan` and `judge today`).
    Done {
        #[arg(required = true)]
        items: Vec<String>,
    },
    /// Untick checklist items ticked off by mistake.
    Undo {
        #[arg(required = true)]
        items: Vec<String>,
    },
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Where to write (default: stdout).
    pub file: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// A file written by `judge export`.
    pub file: PathBuf,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only problems with this pattern (e.g. two-pointers, sliding-window).
    #[arg(long, add = ArgValueCandidates::new(complete::patterns))]
    pub pattern: Option<String>,
    /// Only problems of this difficulty (easy, medium, hard).
    #[arg(long, add = ArgValueCandidates::new(complete::difficulties))]
    pub difficulty: Option<String>,
    /// Only problems on this list (seed, blind75, neetcode150).
    #[arg(long, add = ArgValueCandidates::new(complete::lists))]
    pub list: Option<String>,
    /// Only problems you have solved, attempted without solving, or never tried.
    #[arg(long, value_parser = ["solved", "attempted", "new"])]
    pub status: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// The problem, e.g. lc-15.
    #[arg(add = ArgValueCompleter::new(complete::problems))]
    pub id: String,
    /// Also print the hints.
    #[arg(long)]
    pub hints: bool,
}

#[derive(Args, Debug)]
pub struct StartArgs {
    /// The problem, e.g. lc-15.
    #[arg(
        required_unless_present = "random",
        conflicts_with = "random",
        add = ArgValueCompleter::new(complete::problems)
    )]
    pub id: Option<String>,
    /// Continue with the earlier code in the workspace instead of starting
    /// from LeetCode's stub (not for a review, which always starts fresh).
    #[arg(long)]
    pub keep: bool,
    /// A problem you have not solved yet, picked for you (one a day for the same filters).
    #[arg(long)]
    pub random: bool,
    /// With --random: only problems with this pattern.
    #[arg(long, requires = "random", add = ArgValueCandidates::new(complete::patterns))]
    pub pattern: Option<String>,
    /// With --random: only problems of this difficulty (easy, medium, hard).
    #[arg(long, requires = "random", add = ArgValueCandidates::new(complete::difficulties))]
    pub difficulty: Option<String>,
    /// Open the file in $VISUAL or $EDITOR.
    #[arg(long)]
    pub edit: bool,
}

#[derive(Args, Debug, Clone)]
pub struct SolutionArgs {
    /// The problem (default: the attempt in progress, or the workspace you are in).
    #[arg(add = ArgValueCompleter::new(complete::problems))]
    pub id: Option<String>,
    /// The solution file (default: the problem's workspace file).
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// Rust edition to compile with (default: 2024, LeetCode's, or judge.toml's).
    #[arg(long)]
    pub edition: Option<String>,
}

#[derive(Args, Debug)]
pub struct RunArgs {
    #[command(flatten)]
    pub solution: SolutionArgs,
    /// A custom input: the arguments as a JSON array ('[[1,2,3],2]'),
    /// LeetCode's testcase lines (one argument a line, several cases
    /// allowed), or the statement's 'nums = [1,2,3], target = 2'.
    #[arg(long, value_name = "INPUT")]
    pub input: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Args, Debug)]
pub struct WatchArgs {
    #[command(flatten)]
    pub solution: SolutionArgs,
    /// Look at the file twice a second instead of waiting for the file
    /// system's events (for WSL and network file systems, which send none).
    #[arg(long)]
    pub poll: bool,
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
    /// When the solution fails, do not search for a smaller failing input.
    #[arg(long)]
    pub no_shrink: bool,
    /// Measure how the solution's time grows with the input size, against
    /// the intended complexity (a few seconds).
    #[arg(long)]
    pub analyze: bool,
}

#[derive(Args, Debug)]
pub struct GradeArgs {
    /// Solution files to judge.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The problem every file solves (default: from each file's name).
    #[arg(long, add = ArgValueCompleter::new(complete::problems))]
    pub problem: Option<String>,
    /// When a file fails, do not search for a smaller failing input.
    #[arg(long)]
    pub no_shrink: bool,
    /// Measure how each accepted (or too slow) file's time grows with the
    /// input size, against the intended complexity.
    #[arg(long)]
    pub analyze: bool,
    #[arg(long, value_enum, default_value_t = GradeFormat::Human)]
    pub format: GradeFormat,
    /// Grade only part K of N of the files (sorted by path), for a CI matrix.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<String>,
    /// Grade even where the sandbox layers that contain untrusted code
    /// (Landlock, seccomp) are missing. Only for code you trust.
    #[arg(long)]
    pub allow_degraded_sandbox: bool,
    /// Rust edition to compile with (default: 2024, LeetCode's, or judge.toml's).
    #[arg(long)]
    pub edition: Option<String>,
}

#[derive(Args, Debug)]
pub struct VerifyArgs {
    /// Packages to verify (default: all).
    #[arg(add = ArgValueCompleter::new(complete::problems))]
    pub ids: Vec<String>,
    /// Also prove the feedback: the measured growth of the reference, of
    /// each accepted/ and tle_ solution against the intended complexity,
    /// and a counterexample for each wa_ solution no larger than its
    /// smallest failing handwritten case (about a second per solution).
    #[arg(long)]
    pub feedback: bool,
    /// Verify even packages that passed here before, unchanged.
    #[arg(long)]
    pub force: bool,
    /// At the end, show where the time went, phase by phase.
    #[arg(long)]
    pub timings: bool,
}
