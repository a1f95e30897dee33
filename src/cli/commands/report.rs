//! `judge report`: the user's record as one self-contained HTML page (the
//! data directory's `report.html`, or `--output FILE`), and `--open` to
//! show it. The numbers come from the practice layer, the page from
//! `cli::html`.

use crate::cli::app::App;
use crate::cli::args::ReportArgs;
use crate::cli::html;
use crate::error::{Error, Result, exit_code};
use crate::practice::history::Clock;
use std::collections::HashMap;
use std::path::Path;

/// The calendar covers a year, as GitHub's does.
const CALENDAR_WEEKS: u32 = 52;

pub fn run(app: &App, args: ReportArgs) -> Result<i32> {
    let path = match &args.output {
        Some(p) => {
            refuse_to_clobber(p)?;
            p.clone()
        }
        None => app.data.report(),
    };
    let mut history = app.history_for_reading()?;
    let now = Clock::now_ms()?;
    // A mock whose time ran out is ended first, as every command does.
    crate::practice::mock::settle_expired(&mut history, now)?;
    let record = super::stats::record(app, &history, now, CALENDAR_WEEKS)?;
    let mocks = crate::practice::mock::summaries(&history, now)?;
    let review = super::plan::review_items(app, &history)?;
    let titles: HashMap<String, String> = app
        .catalog
        .packages()
        .into_iter()
        .map(|p| (p.id.to_string(), p.meta.title))
        .collect();
    let page = html::page(&html::Report {
        generated_at: now,
        stats: &record.stats,
        per_day: &record.per_day,
        first: record.first,
        today: record.today,
        weekly: &record.weekly,
        mocks: &mocks,
        review: &review,
        titles: &titles,
    });
    crate::paths::write_atomic(&path, page.as_bytes()).map_err(|e| {
        // The data directory may be read-only; the page can go elsewhere.
        let remedy = match args.output {
            None => " (`judge report --output FILE` writes it elsewhere)",
            Some(_) => "",
        };
        Error::Setup(format!(
            "cannot write the report {}: {e}{remedy}",
            path.display()
        ))
    })?;
    println!("Wrote the report to {}", path.display());
    if args.open {
        open(&path)?;
    }
    Ok(exit_code::ACCEPTED)
}

/// `--output` may replace a report judge wrote, never another file.
fn refuse_to_clobber(path: &Path) -> Result<()> {
    if path.is_dir() {
        return Err(Error::Usage(format!(
            "--output {}: is a directory; expected a file path such as {}",
            path.display(),
            path.join(crate::paths::REPORT_FILE).display()
        )));
    }
    let Ok(mut f) = std::fs::File::open(path) else {
        return Ok(());
    };
    let mut head = vec![0; html::MARKER.len()];
    let ours =
        std::io::Read::read_exact(&mut f, &mut head).is_ok() && head == html::MARKER.as_bytes();
    if !ours {
        return Err(Error::Usage(format!(
            "--output {}: the file exists and is not a report judge wrote; it is left as it is (choose another path, or remove it first)",
            path.display()
        )));
    }
    Ok(())
}

/// Shows the page with the desktop's opener (`open` on macOS, `xdg-open`
/// elsewhere).
fn open(path: &Path) -> Result<()> {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let failed = |why: String| {
        Error::Setup(format!(
            "the report is written at {}, but `{opener}` could not show it: {why} (open the file in a browser)",
            path.display()
        ))
    };
    let status = std::process::Command::new(opener)
        .arg(path)
        .stdin(std::process::Stdio::null())
        .status()
        .map_err(|e| failed(e.to_string()))?;
    if !status.success() {
        return Err(failed(format!("it exited with {status}")));
    }
    Ok(())
}
