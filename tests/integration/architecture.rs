//! The shape of src/: three layers whose imports run one way (cli ->
//! practice -> engine), no circles between files, and a head comment on
//! every file. Run alone with `cargo test --test integration architecture`;
//! `ARCHITECTURE_GRAPH=1` prints the file graph it checked.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module path (`engine::judging`) for every file under src/.
fn modules(src: &Path) -> BTreeMap<String, PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(src, &mut files);
    files
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(src).unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|l| l == "mod" || l == "main") {
                parts.pop();
            }
            (parts.join("::"), p)
        })
        .collect()
}

/// The code without comments, string literals and `#[cfg(test)]` modules
/// (tests may reach anywhere in their own file).
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                let mut escaped = false;
                for c in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        break;
                    }
                }
                out.push_str("\"\"");
            }
            _ => out.push(c),
        }
    }
    out
}

/// Paths as written: `crate::a::b::{c, d::e}` gives `crate::a::b::c` and
/// `crate::a::b::d::e`.
fn paths_in(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_');
        if starts_word && (bytes[i].is_alphabetic() || bytes[i] == '_') {
            let (path, end) = read_path(&bytes, i);
            out.extend(path);
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

fn read_path(c: &[char], mut i: usize) -> (Vec<String>, usize) {
    let mut prefix = String::new();
    loop {
        let start = i;
        while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
            i += 1;
        }
        prefix.extend(&c[start..i]);
        let mut j = i;
        while j < c.len() && c[j].is_whitespace() {
            j += 1;
        }
        if j + 1 < c.len() && c[j] == ':' && c[j + 1] == ':' {
            j += 2;
            while j < c.len() && c[j].is_whitespace() {
                j += 1;
            }
            if j < c.len() && c[j] == '{' {
                // A group: split at top-level commas.
                let mut depth = 0;
                let mut k = j + 1;
                let mut item_start = k;
                let mut out = Vec::new();
                while k < c.len() {
                    match c[k] {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            let item: String = c[item_start..k].iter().collect();
                            out.extend(group_item(&prefix, &item));
                            item_start = k + 1;
                        }
                        _ => {}
                    }
                    k += 1;
                }
                let item: String = c[item_start..k.min(c.len())].iter().collect();
                out.extend(group_item(&prefix, &item));
                return (out, k + 1);
            }
            prefix.push_str("::");
            i = j;
            continue;
        }
        return (vec![prefix], i);
    }
}

fn group_item(prefix: &str, item: &str) -> Vec<String> {
    let item = item.trim();
    if item.is_empty() {
        return Vec::new();
    }
    let chars: Vec<char> = item.chars().collect();
    let (inner, _) = read_path(&chars, 0);
    inner
        .into_iter()
        .map(|p| {
            if p == "self" {
                prefix.to_string()
            } else {
                format!("{prefix}::{p}")
            }
        })
        .collect()
}

/// The file graph: module -> the modules whose items it names.
fn graph(mods: &BTreeMap<String, PathBuf>) -> BTreeMap<String, BTreeSet<String>> {
    let resolve = |path: &str| -> Option<String> {
        // The longest prefix that is a module.
        let parts: Vec<&str> = path.split("::").collect();
        (1..=parts.len())
            .rev()
            .map(|n| parts[..n].join("::"))
            .find(|m| mods.contains_key(m))
    };
    let mut g = BTreeMap::new();
    for (m, file) in mods {
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        let parent: Vec<&str> = if m.is_empty() {
            Vec::new()
        } else {
            m.split("::").collect()
        };
        let is_dir_module = file.ends_with("mod.rs") || file.ends_with("main.rs");
        // `super` of a file `a/b.rs` is `a`; of `a/b/mod.rs` it is `a` too.
        let super_of = parent[..parent.len().saturating_sub(1)].join("::");
        let here = parent.join("::");
        let mut edges = BTreeSet::new();
        for p in paths_in(&code) {
            let absolute = if let Some(rest) = p.strip_prefix("crate::") {
                rest.to_string()
            } else if let Some(rest) = p.strip_prefix("super::") {
                if super_of.is_empty() {
                    rest.to_string()
                } else {
                    format!("{super_of}::{rest}")
                }
            } else if is_dir_module {
                // A child module named directly (`attempt::status`).
                if here.is_empty() {
                    p.clone()
                } else {
                    format!("{here}::{p}")
                }
            } else {
                continue;
            };
            if let Some(target) = resolve(&absolute)
                && &target != m
                && !(is_dir_module && p.split("::").count() == 1)
            {
                edges.insert(target);
            }
        }
        g.insert(m.clone(), edges);
    }
    g
}

fn layer(m: &str) -> &str {
    m.split("::").next().unwrap_or("")
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn layers_import_one_way() {
    let mods = modules(&src());
    let g = graph(&mods);
    if std::env::var_os("ARCHITECTURE_GRAPH").is_some() {
        for (m, e) in &g {
            let e: Vec<&str> = e.iter().map(String::as_str).collect();
            println!(
                "{} -> {}",
                if m.is_empty() { "main" } else { m },
                e.join(" ")
            );
        }
    }
    // Which layer may name which: shared services (error, paths) are
    // open to all; main starts the cli.
    let allowed = |from: &str, to: &str| -> bool {
        let (f, t) = (layer(from), layer(to));
        f == t
            || matches!(t, "error" | "paths")
            || matches!(
                (f, t),
                ("", "cli") | ("cli", "practice" | "engine") | ("practice", "engine")
            )
    };
    let mut bad = Vec::new();
    for (m, edges) in &g {
        for t in edges {
            if !allowed(m, t) {
                bad.push(format!("{m} -> {t}"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "imports against the layers (cli -> practice -> engine):\n  {}",
        bad.join("\n  ")
    );
    for layer in ["engine", "practice", "cli"] {
        assert!(
            mods.keys().any(|m| m.starts_with(&format!("{layer}::"))),
            "src/{layer}/ is missing"
        );
    }
}

#[test]
fn no_circles_between_files() {
    let g = graph(&modules(&src()));
    // Depth-first search with colours; report the first cycle found.
    fn visit(
        m: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(m.to_string(), 1);
        stack.push(m.to_string());
        for t in g.get(m).into_iter().flatten() {
            match state.get(t.as_str()).copied().unwrap_or(0) {
                1 => {
                    let at = stack.iter().position(|s| s == t).unwrap();
                    let mut cycle = stack[at..].to_vec();
                    cycle.push(t.clone());
                    return Some(cycle);
                }
                0 => {
                    if let Some(c) = visit(t, g, state, stack) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(m.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for m in g.keys() {
        if state.get(m.as_str()).copied().unwrap_or(0) == 0 {
            let mut stack = Vec::new();
            if let Some(cycle) = visit(m, &g, &mut state, &mut stack) {
                panic!("an import circle between files: {}", cycle.join(" -> "));
            }
        }
    }
}

#[test]
fn every_file_and_folder_says_what_it_is_for() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut missing = Vec::new();
    for dir in ["src", "harness/src", "sandbox/src", "tests/integration"] {
        for file in modules(&root.join(dir)).values() {
            let text = std::fs::read_to_string(file).unwrap();
            if !text.trim_start().starts_with("//!") {
                missing.push(file.display().to_string());
            }
        }
    }
    assert!(
        missing.is_empty(),
        "files without a `//!` head comment: {missing:?}"
    );
    for dir in [
        "harness", "sandbox", "problems", "plans", "tests", "bench", "docs",
    ] {
        assert!(
            root.join(dir).join("README.md").is_file(),
            "{dir}/ has no README.md saying what it is for"
        );
    }
}

#[test]
fn the_parser_sees_groups_and_relative_paths() {
    let p = paths_in(
        "use crate::engine::{judging::{self, Judgement}, package};\nlet x = super::mock::report_text(a);",
    );
    assert!(p.contains(&"crate::engine::judging".to_string()), "{p:?}");
    assert!(
        p.contains(&"crate::engine::judging::Judgement".to_string()),
        "{p:?}"
    );
    assert!(p.contains(&"crate::engine::package".to_string()), "{p:?}");
    assert!(p.contains(&"super::mock::report_text".to_string()), "{p:?}");
}
