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
        // During an attempt, hints read here count as `judge hint` would
        // count them: the record must not say "no hints" after this.
        let counted = count_hints(app, &pkg)?;
        println!();
        for (i, h) in pkg.hints().iter().enumerate() {
            print!("{}", hint(&app.style, &format!("Hint {}:", i + 1), h));
        }
        if let Some((attempt, newly)) = counted
            && newly > 0
        {
            println!(
                "{}",
                app.style.dim(&format!(
                    "({} counted on attempt #{attempt}, as `judge hint` counts them)",
                    crate::engine::text::plural(newly, "hint")
                ))
            );
        }
    }
    Ok(exit_code::ACCEPTED)
}

/// Logs the hints not yet taken on the open attempt at `pkg`, if there is
/// one: (attempt, how many were newly counted).
fn count_hints(app: &App, pkg: &Package) -> Result<Option<(i64, usize)>> {
    let Ok(mut history) = app.history() else {
        // A history that cannot be written: nothing to count on.
        return Ok(None);
    };
    let Some(a) = history.open_attempt(pkg.id.as_str())? else {
        return Ok(None);
    };
    let now = crate::practice::history::Clock::now_ms()?;
    let total = pkg.hints().len();
    let taken = a.hints as usize;
    for n in taken..total {
        history.log_event(
            a.id,
            crate::practice::vocabulary::EventKind::Hint,
            Some(&(n + 1).to_string()),
            now,
        )?;
    }
    Ok(Some((a.id, total.saturating_sub(taken))))
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
