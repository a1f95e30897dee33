//! Resolved settings: flags + environment, turned into what commands use
//! (data directory, catalog, colour, parallelism), plus lazily built
//! services (the compiler, the history database).

use crate::cli::{ColorChoice, GlobalArgs};
use crate::compile::Compiler;
use crate::error::Result;
use crate::history::History;
use crate::package::{Catalog, Package};
use crate::paths::DataDir;
use crate::report::Style;
use crate::testset::TestSet;
use std::io::IsTerminal;
use std::sync::OnceLock;

pub struct App {
    pub data: DataDir,
    pub catalog: Catalog,
    pub style: Style,
    pub err_style: Style,
    pub jobs: usize,
    progress: bool,
    compiler: OnceLock<Compiler>,
}

fn color_for(choice: ColorChoice, terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

pub fn stderr_color(g: &GlobalArgs) -> bool {
    color_for(g.color, std::io::stderr().is_terminal())
}

impl App {
    pub fn new(g: &GlobalArgs) -> Result<App> {
        let data = DataDir::resolve()?;
        let catalog = Catalog::load(g.problems.clone())?;
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1);
        let jobs = match g.jobs {
            Some(0) => {
                return Err(crate::error::Error::Usage(
                    "--jobs: expected at least 1".into(),
                ));
            }
            Some(n) => n,
            None => cores,
        };
        Ok(App {
            data,
            catalog,
            style: Style {
                color: color_for(g.color, std::io::stdout().is_terminal()),
            },
            err_style: Style {
                color: stderr_color(g),
            },
            jobs,
            progress: std::io::stderr().is_terminal(),
            compiler: OnceLock::new(),
        })
    }

    /// A progress line on stderr, only when stderr is a terminal.
    pub fn progress(&self, msg: &str) {
        if self.progress {
            eprintln!("{}", self.err_style.dim(msg));
        }
    }

    pub fn compiler(&self) -> Result<&Compiler> {
        if let Some(c) = self.compiler.get() {
            return Ok(c);
        }
        let c = Compiler::new(&self.data.cache(), &|m| self.progress(m))?;
        Ok(self.compiler.get_or_init(|| c))
    }

    pub fn history(&self) -> Result<History> {
        History::open(&self.data.history())
    }

    pub fn testset(&self, pkg: &Package) -> Result<TestSet> {
        crate::testset::load_or_build(pkg, self.compiler()?, &self.data.cache(), self.jobs, &|m| {
            self.progress(m)
        })
    }
}
