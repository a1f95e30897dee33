//! One file per subcommand: each turns parsed arguments into calls on the
//! engine and the practice layer and prints a report. This file only
//! dispatches; shared lookups live in `cli::target`.

mod attempt;
mod doctor;
mod grade;
mod history;
mod list;
mod mock;
mod plan;
mod report;
mod run;
mod show;
mod start;
mod stats;
mod submit;
mod verify;
mod watch;

use crate::cli::app::App;
use crate::cli::args::Command;
use crate::error::Result;

pub fn dispatch(app: &App, command: Command) -> Result<i32> {
    match command {
        Command::List(a) => list::run(app, a),
        Command::Show(a) => show::run(app, a),
        Command::Start(a) => start::run(app, a),
        Command::Run(a) => run::run(app, a),
        Command::Submit(a) => submit::run(app, a),
        Command::Watch(a) => watch::run(app, a),
        Command::Grade(a) => grade::run(app, a),
        Command::Verify(a) => verify::run(app, a),
        Command::Status(a) => attempt::status(app, a),
        Command::Pause(a) => attempt::pause(app, a),
        Command::Resume(a) => attempt::resume(app, a),
        Command::Abandon(a) => attempt::abandon(app, a),
        Command::Hint(a) => attempt::hint(app, a),
        Command::History(a) => history::run(app, a),
        Command::Stats(a) => stats::run(app, a),
        Command::Mock(a) => mock::run(app, a),
        Command::Plan(a) => plan::run(app, a),
        Command::Today(a) => plan::today(app, a),
        Command::Review(a) => plan::review(app, a),
        Command::Report(a) => report::run(app, a),
        Command::Doctor(a) => doctor::run(app, a),
        Command::Completions { shell } => completions(shell),
        Command::Man => {
            use clap::CommandFactory;
            clap_mangen::Man::new(crate::cli::args::Cli::command())
                .render(&mut std::io::stdout())
                .map_err(|e| crate::error::Error::Io {
                    context: "cannot write the manual page".into(),
                    source: e,
                })?;
            Ok(crate::error::exit_code::ACCEPTED)
        }
        Command::Export(a) => history::export(app, a),
        Command::Import(a) => history::import(app, a),
        Command::SandboxExec => judge_sandbox::helper_main(),
        Command::Prepare { id } => start::prepare(app, &id),
    }
}

/// `judge completions SHELL`: the registration script, which asks judge
/// for the candidates at each TAB (see `cli::complete`).
pub fn completions(shell: clap_complete::Shell) -> Result<i32> {
    crate::cli::complete::write_registration(shell, &mut std::io::stdout()).map_err(|e| {
        crate::error::Error::Io {
            context: format!("cannot write the {shell} completion script"),
            source: e,
        }
    })?;
    Ok(crate::error::exit_code::ACCEPTED)
}
