//! `judge`: an offline coding-practice judge. `main` only dispatches: each
//! subcommand lives in `cmd/<verb>.rs`.

mod app;
mod check;
mod cli;
mod cmd;
mod compile;
mod config;
mod error;
mod execute;
mod glue;
mod history;
mod judging;
mod mock;
mod package;
mod paths;
mod plan;
mod report;
mod review;
mod signature;
mod stats;
mod testset;
mod toolchain;
mod trace;
mod verdict;
mod workspace;

use clap::Parser;

fn main() {
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
    let cli = cli::Cli::parse();
    let code = match app::App::new(&cli.global).and_then(|app| cmd::dispatch(&app, cli.command)) {
        Ok(code) => code,
        Err(e) => {
            let style = report::Style {
                color: app::stderr_color(&cli.global),
            };
            eprintln!("{} {e}", style.red("error:"));
            e.exit_code()
        }
    };
    std::process::exit(code);
}
