//! `judge report`: the HTML page of a scripted history (`JUDGE_NOW`), read
//! as text and rendered in headless Chromium (skipped, with a message, where
//! no Chromium is installed); where it writes, what it refuses to
//! overwrite, and `--open`.

use crate::util::{Env, copy_package, edit, repo};
use std::path::{Path, PathBuf};

fn solve(env: &Env, id: &str) {
    let reference = std::fs::read_to_string(repo(&format!("problems/{id}/reference.rs"))).unwrap();
    std::fs::write(env.workspace_file(id), reference).unwrap();
}

/// Two weeks of practice, a wrong submission, a mock interview that runs
/// out of time, on packages whose one title holds markup.
fn scripted_history() -> Env {
    let mut env = Env::new();
    for id in ["lc-704", "lc-26", "lc-3"] {
        copy_package(&env, id);
    }
    edit(
        &env.cwd.path().join("problems/lc-704/problem.toml"),
        "title = \"Binary Search\"",
        "title = \"Binary <script>alert(1)</script> & \\\"Search\\\"\"",
    );
    let problems = env.cwd.path().join("problems");
    env.set("JUDGE_PROBLEMS", problems.to_str().unwrap());
    env.set("JUDGE_NOW", "2026-11-23T09:00:00Z");
    env.judge(&["start", "lc-704"]).code(0);
    env.set("JUDGE_NOW", "2026-11-23T09:12:00Z");
    solve(&env, "lc-704");
    env.judge(&["submit"]).code(0).stdout_has("Accepted");
    env.set("JUDGE_NOW", "2026-11-30T09:00:00Z");
    env.judge(&["start", "lc-26"]).code(0);
    std::fs::write(
        env.workspace_file("lc-26"),
        "impl Solution {\n    pub fn remove_duplicates(nums: &mut Vec<i32>) -> i32 { 0 }\n}\n",
    )
    .unwrap();
    env.set("JUDGE_NOW", "2026-11-30T09:10:00Z");
    env.judge(&["submit"]).code(1);
    env.set("JUDGE_NOW", "2026-11-30T09:25:00Z");
    solve(&env, "lc-26");
    env.judge(&["submit"]).code(0).stdout_has("Accepted");
    env.set("JUDGE_NOW", "2026-11-30T11:00:00Z");
    env.judge(&["mock", "--problems", "lc-3", "--minutes", "30"])
        .code(0);
    env.set("JUDGE_NOW", "2026-12-01T09:00:00Z");
    env
}

fn browser() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |d| d.join(name)))
        .find(|p| p.is_file())
}

/// Runs headless Chromium on `page` with `extra` arguments; its stdout and
/// stderr (console messages are logged there as `CONSOLE`).
fn chromium(bin: &Path, scratch: &Path, page: &Path, extra: &[&str]) -> (String, String) {
    let out = std::process::Command::new(bin)
        .args([
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!(
            "--user-data-dir={}",
            scratch.join("chromium-profile").display()
        ))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(out.status.success(), "chromium failed: {out:?}");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_page_shows_the_record_and_renders_in_a_browser() {
    let env = scripted_history();
    let run = env.judge(&["report"]);
    let page = env.home.path().canonicalize().unwrap().join("report.html");
    run.code(0)
        .stdout_has(&format!("Wrote the report to {}", page.display()));
    let html = std::fs::read_to_string(&page).unwrap();
    for id in [
        "<svg id=\"calendar\"",
        "<svg id=\"by-difficulty\"",
        "<svg id=\"by-pattern\"",
        "<svg id=\"weekly-time\"",
        "<table id=\"mocks\"",
        "<table id=\"review\"",
    ] {
        assert!(html.contains(id), "the page lacks {id}:\n{html}");
    }
    // The calendar: two submissions on 2026-11-30, one on 2026-11-23.
    assert!(html.contains("<title>2026-11-30: 2 submission(s)</title>"));
    assert!(html.contains("<title>2026-11-23: 1 submission(s)</title>"));
    // Goals, weekly times (12 of 15 min, then 25 of 15), the mock, review.
    assert!(html.contains("<title>goal 95%</title>"));
    assert!(html.contains("week of 2026-11-23: 0.80x target over 1 accepted"));
    assert!(html.contains("week of 2026-11-30: 1.67x target over 1 accepted"));
    assert!(html.contains("<td>custom</td><td>0/1</td><td>30:00 of 30 min</td>"));
    assert!(html.contains("lc-3"));
    // Text from packages is escaped; the page loads nothing.
    assert!(html.contains("Binary &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Search&quot;"));
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("http://") && !html.contains("https://"));

    let Some(bin) = browser() else {
        eprintln!(
            "skipped the browser check: no chromium, chromium-browser or google-chrome on PATH (.ci/run installs Debian's chromium)"
        );
        return;
    };
    let scratch = env.cwd.path();
    let (dom, log) = chromium(&bin, scratch, &page, &["--dump-dom"]);
    assert!(
        !log.contains("CONSOLE"),
        "the browser's console had messages:\n{log}"
    );
    for id in ["calendar", "by-difficulty", "by-pattern", "weekly-time"] {
        assert!(
            dom.contains(&format!("<svg id=\"{id}\"")),
            "the rendered page lacks the {id} chart:\n{dom}"
        );
    }
    assert!(dom.matches("<rect ").count() > 300, "{dom}");
    let shot = scratch.join("report.png");
    let (_, log) = chromium(
        &bin,
        scratch,
        &page,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1200,1600",
        ],
    );
    assert!(!log.contains("CONSOLE"), "{log}");
    let png = std::fs::read(&shot).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    // A blank page of that size is a few kilobytes; text and charts are more.
    assert!(png.len() > 20_000, "the screenshot is {} bytes", png.len());
    // Kept for people to look at.
    let kept = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("judge-report-screenshot.png");
    std::fs::copy(&shot, &kept).unwrap();
    eprintln!("screenshot: {}", kept.display());
}

#[test]
fn an_empty_history_gives_a_page_that_says_so() {
    let env = Env::new();
    let out = env.cwd.path().join("sub/dir/progress.html");
    env.judge(&["report", "--output", out.to_str().unwrap()])
        .code(0)
        .stdout_has("progress.html");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<svg id=\"calendar\""));
    assert!(html.contains("No accepted attempts yet."));
    assert!(html.contains("No mock interviews yet"));
    assert!(html.contains("Nothing to review yet"));
    // A report judge wrote may be replaced.
    env.judge(&["report", "--output", out.to_str().unwrap()])
        .code(0);
}

#[test]
fn output_never_replaces_another_file_or_names_a_directory() {
    let env = Env::new();
    let notes = env.write("notes.html", "my notes\n");
    env.judge(&["report", "--output", notes.to_str().unwrap()])
        .code(2)
        .stderr_has("notes.html: the file exists and is not a report judge wrote");
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "my notes\n");
    let dir = env.cwd.path().to_str().unwrap();
    env.judge(&["report", "--output", dir])
        .code(2)
        .stderr_has("is a directory; expected a file path such as");
}

#[test]
fn open_hands_the_page_to_the_desktop_opener() {
    use std::os::unix::fs::PermissionsExt;
    let mut env = Env::new();
    let bin = env.cwd.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let log = env.cwd.path().join("opened");
    let opener = bin.join("xdg-open");
    std::fs::write(
        &opener,
        format!("#!/bin/sh\necho \"$1\" > {}\n", log.display()),
    )
    .unwrap();
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    env.set("PATH", &path);
    env.judge(&["report", "--open"]).code(0);
    let opened = std::fs::read_to_string(&log).unwrap();
    assert!(opened.trim_end().ends_with("report.html"), "{opened}");
    // No opener: the page is written all the same, and the error says where.
    env.set("PATH", "/nonexistent");
    env.judge(&["report", "--open"])
        .code(3)
        .stderr_has("the report is written at")
        .stderr_has("`xdg-open` could not show it");
}

#[test]
fn a_read_only_data_directory_points_at_output() {
    use std::os::unix::fs::PermissionsExt;
    let mut env = Env::new();
    let home = env.home.path().to_path_buf();
    std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o555)).unwrap();
    env.enforce_permissions();
    env.judge(&["report"])
        .code(3)
        .stderr_has("report.html")
        .stderr_has("`judge report --output FILE` writes it elsewhere");
    let out = env.cwd.path().join("progress.html");
    env.judge(&["report", "--output", out.to_str().unwrap()])
        .code(0);
    std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(out.is_file());
}
