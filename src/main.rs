//! `judge`: an offline coding-practice judge. Three layers, imports running
//! one way: `cli` (arguments, commands, rendering) -> `practice` (a
//! person's record) -> `engine` (a solution -> a `Judgement`) -> the
//! `judge-harness` and `judge-sandbox` crates. `error` and `paths` are the
//! services every layer shares.

mod cli;
mod engine;
mod error;
mod paths;
mod practice;

fn main() {
    cli::main();
}
