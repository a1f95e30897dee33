//! `judge doctor`: the toolchain, the data directory, the problem packages,
//! and one line per sandbox layer (active, or missing with why and how to
//! enable it). It tells the truth about this machine; nothing is assumed.

use crate::cli::app::App;
use crate::cli::args::{Format, FormatArgs};
use crate::cli::report::{plural, wrap};
use crate::engine::toolchain::Toolchain;
use crate::error::{Result, exit_code};
use serde::Serialize;

/// The layers `judge grade` needs before it runs other people's code: only
/// Landlock keeps a solution from reading the hidden tests, and seccomp
/// keeps it from opening sockets and starting processes.
pub const REQUIRED_FOR_GRADING: &[&str] = &[
    judge_sandbox::layer::LANDLOCK_FS,
    judge_sandbox::layer::SECCOMP,
];

/// The layers the sandbox never applies by design (see
/// `judge_sandbox::layer::PID_NS`): shown as not needed, not as missing.
pub const NOT_NEEDED: &[&str] = &[judge_sandbox::layer::PID_NS];

/// Names of layers to report as missing although the kernel offers them
/// (comma-separated): to try `judge grade`'s refusal on a machine that has
/// every layer. It can only make the judge stricter.
pub const PRETEND_MISSING_ENV: &str = "JUDGE_PRETEND_MISSING_LAYERS";

/// The kernel's layers, as `judge_sandbox::probe` finds them, less any named
/// in `JUDGE_PRETEND_MISSING_LAYERS`.
fn probe() -> Vec<judge_sandbox::LayerStatus> {
    let pretend: Vec<String> = std::env::var(PRETEND_MISSING_ENV)
        .unwrap_or_default()
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let mut layers = judge_sandbox::probe();
    for l in &mut layers {
        if pretend.contains(&l.name) {
            l.available = false;
            l.detail = format!("reported missing because {PRETEND_MISSING_ENV} names it");
        }
    }
    layers
}

#[derive(Serialize)]
struct Check {
    name: String,
    ok: bool,
    detail: String,
}

pub fn run(app: &App, args: FormatArgs) -> Result<i32> {
    let mut checks = Vec::new();
    checks.push(Check {
        name: "config".into(),
        ok: app.config_error.is_none(),
        detail: match &app.config_error {
            Some(e) => format!("{e} (the checks below use the defaults)"),
            None => crate::cli::config::Config::describe(),
        },
    });
    let cache = app.data.cache();
    match Toolchain::resolve(&cache) {
        Ok(tc) => checks.push(Check {
            name: "toolchain".into(),
            ok: true,
            detail: format!(
                "{} at {} (libstd in {})",
                tc.version,
                tc.rustc.display(),
                tc.target_libdir.display()
            ),
        }),
        Err(e) => checks.push(Check {
            name: "toolchain".into(),
            ok: false,
            detail: e.to_string(),
        }),
    }
    // What is there; doctor builds and repairs nothing (the cache check below
    // names a damaged entry, and the next compile rebuilds it).
    let offered = crate::engine::crates::OFFERED
        .iter()
        .map(|(name, version)| format!("{name} {version}"))
        .collect::<Vec<_>>()
        .join(", ");
    checks.push(
        match crate::engine::compile::Compiler::locate(&app.data.cache()) {
            Ok(c) => {
                let harness = if c.harness_built() {
                    format!("the judge harness, built in {}", c.library_dir().display())
                } else {
                    format!(
                        "the judge harness: not built yet (or unusable); the next compile \
                         builds it in {} (a few seconds, once)",
                        c.library_dir().display()
                    )
                };
                let crates = if c.crates_built() {
                    format!(
                        "{offered} for solutions, built in {}",
                        c.crates_dir().display()
                    )
                } else {
                    format!(
                        "{offered} for solutions: built in {} the first time a solution \
                         names it (a few seconds, once)",
                        c.crates_dir().display()
                    )
                };
                Check {
                    name: "libraries".into(),
                    ok: true,
                    detail: format!("{harness}; {crates}"),
                }
            }
            Err(e) => Check {
                name: "libraries".into(),
                ok: false,
                detail: e.to_string(),
            },
        },
    );
    let home = app.data.history();
    let data = match app.history() {
        Ok(h) => {
            let attempts = h.attempts(None).map(|a| a.len()).unwrap_or(0);
            Check {
                name: "data".into(),
                ok: true,
                detail: format!(
                    "{} ({} recorded; cache in {})",
                    home.display(),
                    plural(attempts, "attempt"),
                    cache.display()
                ),
            }
        }
        Err(e) => Check {
            name: "data".into(),
            ok: false,
            detail: e.to_string(),
        },
    };
    checks.push(data);
    let damaged = crate::paths::damaged_entries(&cache, 5);
    checks.push(Check {
        name: "cache".into(),
        ok: damaged.is_empty(),
        detail: if damaged.is_empty() {
            format!(
                "{} (every entry is the judge's own and usable)",
                cache.display()
            )
        } else {
            format!(
                "the judge cannot use {}: not its own, or a mode without the owner's rights. \
                 Fix with `chmod -R u+rwX {}`, or remove the cache (it is rebuilt): \
                 `rm -rf {}`",
                damaged
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                cache.display(),
                cache.display()
            )
        },
    });
    let packages = app.catalog.all();
    let broken: Vec<String> = packages
        .iter()
        .filter_map(|p| p.as_ref().err().map(|e| e.to_string()))
        .collect();
    checks.push(Check {
        name: "problems".into(),
        ok: broken.is_empty(),
        detail: if broken.is_empty() {
            format!("{} load", plural(packages.len(), "package"))
        } else {
            format!(
                "{} of {} do not load: {}",
                broken.len(),
                plural(packages.len(), "package"),
                broken.join("; ")
            )
        },
    });
    let layers = probe();
    let grading_ok = REQUIRED_FOR_GRADING
        .iter()
        .all(|need| layers.iter().any(|l| l.name == *need && l.available));
    if args.format == Format::Json {
        crate::cli::report::print_json(&serde_json::json!({
            "checks": checks,
            "sandbox_layers": layers.iter().map(|l| serde_json::json!({"name": l.name, "available": l.available, "detail": l.detail})).collect::<Vec<_>>(),
            "grading_allowed": grading_ok,
        }))?;
    } else {
        let s = &app.style;
        for c in &checks {
            let mark = if c.ok { s.green("✓") } else { s.red("✗") };
            println!("{mark} {:<10} {}", c.name, c.detail);
        }
        println!("\n{}", s.bold("Sandbox layers"));
        for l in &layers {
            let mark = if l.available {
                s.green("✓ active    ")
            } else if NOT_NEEDED.contains(&l.name.as_str()) {
                s.dim("– not needed")
            } else {
                s.yellow("✗ missing   ")
            };
            let head = format!("  {} {:<16} ", "x".repeat(12), l.name);
            let under = " ".repeat(head.chars().count());
            let detail = wrap(&l.detail, s.width, &head, &under);
            let detail = detail.strip_prefix(&head).unwrap_or(&detail);
            print!("  {mark} {:<16} {}", l.name, s.dim(detail));
        }
        println!();
        if grading_ok {
            println!("{}", s.green("`judge grade` can run untrusted code here."));
        } else {
            println!(
                "{}",
                s.yellow(&format!(
                    "`judge grade` will refuse untrusted code here: it needs {} (or --allow-degraded-sandbox for code you trust).",
                    REQUIRED_FOR_GRADING.join(" and ")
                ))
            );
        }
    }
    Ok(if checks.iter().all(|c| c.ok) {
        exit_code::ACCEPTED
    } else {
        exit_code::SETUP
    })
}

/// The layers `judge grade` needs that this machine lacks, with why.
pub fn missing_for_grading() -> Vec<String> {
    let layers = probe();
    REQUIRED_FOR_GRADING
        .iter()
        .filter_map(|need| match layers.iter().find(|l| l.name == *need) {
            Some(l) if l.available => None,
            Some(l) => Some(format!("{need} ({})", l.detail)),
            None => Some(format!("{need} (not supported on this platform)")),
        })
        .collect()
}
