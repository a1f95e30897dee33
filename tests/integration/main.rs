//! Integration tests: the `judge` binary end to end. One test binary with
//! shared helpers (`util`); each module covers one capability.

mod architecture;
mod bad_input;
mod checker;
mod completions;
mod config;
mod conventions;
mod custom_input;
mod data_dir;
mod feedback;
mod grade;
mod history;
mod hostile;
mod interrupt;
mod layout;
mod lookup;
mod paste;
mod practice;
mod practice_loop;
mod prepare;
mod report;
mod signature;
mod util;
mod verdicts;
mod verify;
mod watch;
