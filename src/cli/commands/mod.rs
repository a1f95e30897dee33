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
        Command::Completions { shell } => {
            clap_complete::generate(
                shell,
                &mut with_values(app),
                "judge",
                &mut std::io::stdout(),
            );
            Ok(crate::error::exit_code::ACCEPTED)
        }
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

/// The command line with the values of this catalog baked in for a
/// completion script: problem ids wherever a problem is named (`id`,
/// `--problem`, `--problems`), its patterns for `--pattern`, its lists for
/// `--list`, and the difficulties. Parsing never uses this; a script made
/// before a package was added does not offer it until made again.
fn with_values(app: &crate::cli::app::App) -> clap::Command {
    use clap::CommandFactory;
    use std::collections::BTreeSet;
    let packages = app.catalog.packages();
    let ids: BTreeSet<String> = packages.iter().map(|p| p.id.to_string()).collect();
    let patterns: BTreeSet<String> = packages
        .iter()
        .flat_map(|p| p.meta.patterns.iter().cloned())
        .collect();
    let lists: BTreeSet<String> = packages
        .iter()
        .flat_map(|p| p.meta.lists.iter().cloned())
        .collect();
    let difficulties: BTreeSet<String> = ["easy", "medium", "hard"].map(String::from).into();
    fn offer(cmd: clap::Command, values: &[(&str, &BTreeSet<String>)]) -> clap::Command {
        let mut cmd = cmd;
        for (arg, set) in values {
            if cmd.get_arguments().any(|a| a.get_id() == *arg) {
                // Leaked: the script is printed once and the process ends
                // (clap takes owned strings only with its `string` feature).
                let set: Vec<&'static str> = set
                    .iter()
                    .map(|v| &*Box::leak(v.clone().into_boxed_str()))
                    .collect();
                cmd = cmd.mut_arg(*arg, |a| {
                    a.value_parser(clap::builder::PossibleValuesParser::new(set))
                });
            }
        }
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        for name in names {
            cmd = cmd.mut_subcommand(name, |c| offer(c, values));
        }
        cmd
    }
    offer(
        crate::cli::args::Cli::command(),
        &[
            ("id", &ids),
            ("problem", &ids),
            ("ids", &ids),
            ("pattern", &patterns),
            ("list", &lists),
            ("difficulty", &difficulties),
        ],
    )
}
