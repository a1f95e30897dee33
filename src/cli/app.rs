//! Resolved settings: flags + environment, turned into what commands use
//! (data directory, catalog, colour, parallelism), plus lazily built
//! services (the compiler, the history database).

use crate::cli::args::{ColorChoice, GlobalArgs};
use crate::cli::config::{ColorName, Config};
use crate::cli::report::Style;
use crate::engine::compile::{Compiler, DEFAULT_EDITION};
use crate::engine::package::{Catalog, Package};
use crate::engine::testset::TestSet;
use crate::error::Result;
use crate::paths::DataDir;
use crate::practice::history::History;
use std::io::IsTerminal;
use std::sync::OnceLock;

pub struct App {
    pub data: DataDir,
    pub catalog: Catalog,
    pub style: Style,
    pub err_style: Style,
    pub jobs: usize,
    /// The Rust edition when no `--edition` is given.
    pub edition: String,
    /// How long an attempt may sit without a save or a judge command
    /// before its clock pauses (judge.toml `idle_minutes`).
    pub idle: std::time::Duration,
    /// Where the progress lines are drawn, one under another, while stderr
    /// is a terminal; none otherwise.
    progress: Option<indicatif::MultiProgress>,
    compiler: OnceLock<Compiler>,
    /// What was wrong with judge.toml, when `judge doctor` goes on without
    /// it to report it beside the other checks.
    pub config_error: Option<crate::error::Error>,
}

// Here, not in `config`: judge.toml is read without the command line's
// types (`complete` reads it at TAB time, and `args` names `complete`).
impl From<ColorName> for ColorChoice {
    fn from(c: ColorName) -> ColorChoice {
        match c {
            ColorName::Auto => ColorChoice::Auto,
            ColorName::Always => ColorChoice::Always,
            ColorName::Never => ColorChoice::Never,
        }
    }
}

/// `bar` drawn under the progress lines already shown (a spinner for the
/// harness build under `judge verify`'s bar), its clock ticking.
fn show(
    lines: &indicatif::MultiProgress,
    bar: indicatif::ProgressBar,
    template: &str,
    msg: &str,
) -> indicatif::ProgressBar {
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar.set_message(msg.to_string());
    let bar = lines.add(bar.with_finish(indicatif::ProgressFinish::AndClear));
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

fn color_for(choice: ColorChoice, terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

pub fn stderr_color(g: &GlobalArgs) -> bool {
    color_for(
        g.color.unwrap_or(ColorChoice::Auto),
        std::io::stderr().is_terminal(),
    )
}

impl App {
    pub fn new(g: &GlobalArgs) -> Result<App> {
        App::build(g, Config::load()?, None)
    }

    /// For `judge doctor`: a bad judge.toml is one of the things it reports,
    /// so it goes on with the defaults and keeps the error.
    pub fn without_bad_config(g: &GlobalArgs) -> Result<App> {
        let config = Config::load().and_then(|c| c.problems().map(|_| c));
        match config {
            Ok(c) => App::build(g, c, None),
            Err(e) => App::build(g, Config::default(), Some(e)),
        }
    }

    fn build(
        g: &GlobalArgs,
        config: Config,
        config_error: Option<crate::error::Error>,
    ) -> Result<App> {
        // Flags and environment variables (clap reads both) win over judge.toml.
        let data = DataDir::resolve()?;
        // Run directories live in the judge's own private folder, not in a
        // temporary directory other programs share.
        crate::engine::execute::set_scratch_dir(&data.cache().join("runs"));
        // What a judge killed outright (not interrupted: see `interrupt`) left.
        crate::engine::execute::sweep_stale_run_dirs();
        crate::engine::testset::sweep_stale_binaries(&data.cache());
        let problems = match g.problems.clone() {
            Some(dir) => Some(dir),
            None => config.problems()?,
        };
        let catalog = Catalog::load(problems)?;
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1);
        let jobs = match g.jobs.or(config.jobs) {
            Some(0) => {
                return Err(crate::error::Error::Usage(
                    "--jobs: expected at least 1".into(),
                ));
            }
            Some(n) => n,
            None => cores,
        };
        let color = g
            .color
            .or(config.color.map(ColorChoice::from))
            .unwrap_or(ColorChoice::Auto);
        Ok(App {
            data,
            catalog,
            style: Style {
                color: color_for(color, std::io::stdout().is_terminal()),
                width: crate::cli::report::terminal_width(libc::STDOUT_FILENO),
            },
            err_style: Style {
                color: color_for(color, std::io::stderr().is_terminal()),
                width: crate::cli::report::terminal_width(libc::STDERR_FILENO),
            },
            edition: config
                .edition
                .clone()
                .unwrap_or_else(|| DEFAULT_EDITION.to_string()),
            jobs,
            // 0: never pause for idleness.
            idle: match config
                .idle_minutes
                .unwrap_or(crate::practice::attempts::DEFAULT_IDLE_MINUTES)
            {
                0 => std::time::Duration::from_secs(100 * 365 * 86_400),
                m => std::time::Duration::from_secs(60 * m),
            },
            progress: std::io::stderr()
                .is_terminal()
                .then(indicatif::MultiProgress::new),
            compiler: OnceLock::new(),
            config_error,
        })
    }

    /// A spinner with `msg` on stderr while long work runs, only when stderr
    /// is a terminal; it is cleared when dropped or finished.
    pub fn spinner(&self, msg: &str) -> Option<indicatif::ProgressBar> {
        let lines = self.progress.as_ref()?;
        Some(show(
            lines,
            indicatif::ProgressBar::new_spinner(),
            "{spinner} {msg} {elapsed}",
            msg,
        ))
    }

    /// A bar over `len` steps (files to grade, packages to verify), only
    /// when stderr is a terminal; it is cleared when dropped or finished.
    pub fn bar(&self, len: usize, what: &str) -> Option<indicatif::ProgressBar> {
        let lines = self.progress.as_ref().filter(|_| len >= 2)?;
        Some(show(
            lines,
            indicatif::ProgressBar::new(len as u64),
            "{bar:30} {pos}/{len} {msg} {elapsed}",
            what,
        ))
    }

    /// Runs `print` with the progress lines taken off the terminal and
    /// drawn again after it, so that what it prints (on stdout or stderr)
    /// is never cut through by a bar.
    pub fn above_progress<T>(&self, print: impl FnOnce() -> T) -> T {
        match &self.progress {
            Some(lines) => lines.suspend(print),
            None => print(),
        }
    }

    /// Runs `work`, showing the progress messages it gives as a spinner
    /// that disappears when it ends.
    fn with_spinner<T>(&self, work: impl FnOnce(&dyn Fn(&str)) -> T) -> T {
        let current: std::sync::Mutex<Option<indicatif::ProgressBar>> = std::sync::Mutex::new(None);
        let out = work(&|m: &str| {
            if let Ok(mut c) = current.lock() {
                if let Some(old) = c.take() {
                    old.finish_and_clear();
                }
                *c = self.spinner(m);
            }
        });
        if let Ok(mut c) = current.lock()
            && let Some(bar) = c.take()
        {
            bar.finish_and_clear();
        }
        out
    }

    pub fn compiler(&self) -> Result<&Compiler> {
        if let Some(c) = self.compiler.get() {
            return Ok(c);
        }
        let c = self.with_spinner(|progress| {
            Compiler::new(&self.data.cache(), progress, &|m| {
                self.above_progress(|| eprintln!("{}", self.err_style.yellow(m)))
            })
        })?;
        Ok(self.compiler.get_or_init(|| c))
    }

    pub fn history(&self) -> Result<History> {
        History::open(&self.data.history())
    }

    /// Whether a running mock hides this problem's difficulty. A history
    /// that cannot be read hides nothing (the commands that need it say
    /// why).
    pub fn difficulty_hidden(&self, problem: &str) -> bool {
        self.hidden_difficulties().contains(problem)
    }

    pub fn hidden_difficulties(&self) -> std::collections::BTreeSet<String> {
        let now = crate::practice::history::Clock::now_ms().unwrap_or(0);
        self.history_for_reading()
            .ok()
            .and_then(|h| crate::practice::mock::hidden_difficulty(&h, now).ok())
            .unwrap_or_default()
    }

    /// The history for a command that only reads it: for writing where the
    /// data directory allows (so an expired mock is settled on the way),
    /// read-only where it does not, so reading works on a read-only one.
    pub fn history_for_reading(&self) -> Result<History> {
        let path = self.data.history();
        if crate::paths::writable(&path) {
            History::open(&path)
        } else {
            History::open_read_only(&path)
        }
    }

    pub fn testset(&self, pkg: &Package) -> Result<TestSet> {
        let compiler = self.compiler()?;
        self.with_spinner(|progress| {
            crate::engine::testset::load_or_build(
                pkg,
                compiler,
                &self.data.cache(),
                self.jobs,
                progress,
            )
        })
    }
}
