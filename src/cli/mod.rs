//! The command line: clap definitions (`args`), resolved settings (`app`,
//! `config`), one file per command (`commands/`), the values offered at TAB
//! (`complete`), and all rendering (`report`; `html` for `judge report`'s
//! page). Nothing imports this layer.

pub mod app;
pub mod args;
pub mod commands;
pub mod complete;
pub mod config;
pub mod html;
pub mod interrupt;
pub mod report;
pub mod target;

use clap::Parser;

pub fn main() {
    // A TAB in a shell whose completion script judge printed: answer with
    // the candidates and exit, before anything else can print.
    clap_complete::CompleteEnv::with_factory(<args::Cli as clap::CommandFactory>::command)
        .var(complete::VAR)
        .bin(complete::BIN)
        .complete();
    // The sandbox helper: judge re-executes itself to run one process under
    // limits from a small, single-threaded process (see judge-sandbox).
    if std::env::args_os()
        .nth(1)
        .is_some_and(|a| a == judge_sandbox::HELPER_ARG)
    {
        judge_sandbox::helper_main();
    }
    // Die quietly on a closed pipe (`judge list | head`), like other tools.
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    interrupt::install();
    let cli = args::Cli::parse();
    let outcome = match cli.command {
        // Printed at each shell's start: nothing judge.toml, the data
        // directory or the catalog hold can make it fail there.
        args::Command::Completions { shell } => commands::completions(shell),
        command => {
            let app = if matches!(command, args::Command::Doctor(_)) {
                app::App::without_bad_config(&cli.global)
            } else {
                app::App::new(&cli.global)
            };
            app.and_then(|app| commands::dispatch(&app, command))
        }
    };
    let code = match outcome {
        Ok(code) => code,
        Err(e) => {
            let style = report::Style {
                color: app::stderr_color(&cli.global),
                width: report::terminal_width(libc::STDERR_FILENO),
            };
            eprintln!("{} {e}", style.red("error:"));
            e.exit_code()
        }
    };
    std::process::exit(code);
}
