//! `judge show ID`: the statement, rendered for a terminal.

use crate::cli::app::App;
use crate::cli::args::ShowArgs;
use crate::cli::report::{Style, hint, markdown};
use crate::engine::package::{Package, ProblemId};
use crate::error::{Result, exit_code};

pub fn run(app: &App, args: ShowArgs) -> Result<i32> {
    let pkg = app.catalog.get(&ProblemId::normalize(&args.id))?;
    print!(
        "{}",
        render(&app.style, &pkg, app.difficulty_hidden(pkg.id.as_str()))?
    );
    if args.hints {
        println!();
        for (i, h) in pkg.hints().iter().enumerate() {
            print!("{}", hint(&app.style, &format!("Hint {}:", i + 1), h));
        }
    }
    Ok(exit_code::ACCEPTED)
}

/// The header line and the statement; `hide_difficulty` during a mock
/// that hides it.
pub fn render(style: &Style, pkg: &Package, hide_difficulty: bool) -> Result<String> {
    let m = &pkg.meta;
    let (lo, hi) = m.difficulty.target_minutes();
    let leetcode = m
        .leetcode
        .map(|n| format!(" (LeetCode {n})"))
        .unwrap_or_default();
    let difficulty = if hide_difficulty {
        "difficulty hidden until the mock ends".to_string()
    } else {
        format!("{} · target {lo}–{hi} min", m.difficulty.label())
    };
    let header = format!(
        "{}{leetcode} · {difficulty} · {}",
        pkg.id,
        m.patterns.join(", ")
    );
    Ok(format!(
        "{}\n\n{}",
        style.dim(&header),
        markdown(style, pkg.statement()?)
    ))
}
