//! `judge show ID`: the statement, rendered for a terminal.

use crate::cli::app::App;
use crate::cli::args::ShowArgs;
use crate::cli::report::{Style, markdown};
use crate::engine::package::{Package, ProblemId};
use crate::error::{Result, exit_code};

pub fn run(app: &App, args: ShowArgs) -> Result<i32> {
    let pkg = app.catalog.get(&ProblemId::normalize(&args.id))?;
    print!("{}", render(&app.style, &pkg)?);
    if args.hints {
        for (i, h) in pkg.hints().iter().enumerate() {
            println!("{} {h}", app.style.bold(&format!("Hint {}:", i + 1)));
        }
    }
    Ok(exit_code::ACCEPTED)
}

/// The header line and the statement.
pub fn render(style: &Style, pkg: &Package) -> Result<String> {
    let m = &pkg.meta;
    let (lo, hi) = m.difficulty.target_minutes();
    let leetcode = m
        .leetcode
        .map(|n| format!(" (LeetCode {n})"))
        .unwrap_or_default();
    let header = format!(
        "{}{leetcode} · {} · {} · target {lo}–{hi} min",
        pkg.id,
        m.difficulty.label(),
        m.patterns.join(", ")
    );
    Ok(format!(
        "{}\n\n{}",
        style.dim(&header),
        markdown(style, pkg.statement()?)
    ))
}
