//! Checking a solution's source against the problem's signature, before
//! it is compiled.
//!
//! rustc finds a misnamed function or a wrong type too, but in the glue
//! that calls the user's code, at lines their file does not have. This
//! module compares what the file declares with the package's `Shape` and
//! says what differs in the user's terms, at the user's line: "expected
//! `pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>>`, found `pub fn
//! threeSum(..)`". It also names files that cannot be a solution (empty,
//! binary, another language) and definitions that clash with what the
//! judge supplies (`struct ListNode`, `struct Solution`, `fn main`).
//!
//! It does not parse Rust. A light scan blanks comments and literals,
//! matches braces, and reads the `fn` headers of `impl Solution` (or the
//! class's `impl`). It tolerates what LeetCode tolerates (`&self` or `&mut
//! self`, `mut` on parameters, missing `pub`, extra helper functions, type
//! aliases); what it cannot read (unbalanced braces) it leaves to rustc.
//! Compiling, and rewriting rustc's own diagnostics, are `compile`'s.

use crate::engine::signature::{FnSig, RawSig, Receiver, Shape, tidy};
use std::fmt::Write as _;
use std::path::Path;

/// One way the file differs from what the judge calls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// The user's line it is about (1-based), when there is one.
    pub line: Option<usize>,
    pub message: String,
    /// What to change, one line each.
    pub help: Vec<String>,
}

impl Mismatch {
    fn at(line: Option<usize>, message: String, help: Vec<String>) -> Mismatch {
        Mismatch {
            line,
            message,
            help,
        }
    }
}

/// Everything in `code` that keeps the judge from calling it as `shape`
/// says; empty when it fits (or when the scan cannot tell).
pub fn check(shape: &Shape, code: &str) -> Vec<Mismatch> {
    if let Some(m) = not_a_solution(shape, code) {
        return vec![m];
    }
    let Some(src) = Source::scan(code) else {
        // Unbalanced braces: rustc says where, better than a guess here.
        return Vec::new();
    };
    let mut out = clashes(shape, &src);
    match shape {
        Shape::Function(f) => out.extend(check_function(f, &src)),
        Shape::Design { class, methods, .. } => out.extend(check_class(class, methods, &src)),
    }
    out
}

/// The mismatches as compiler errors naming `path` and the user's lines.
pub fn render(path: &Path, mismatches: &[Mismatch]) -> String {
    let mut out = String::new();
    for m in mismatches {
        let at = match m.line {
            Some(line) => format!("{}:{line}", path.display()),
            None => path.display().to_string(),
        };
        let _ = writeln!(out, "error: {at}: {}", m.message);
        for h in &m.help {
            let _ = writeln!(out, "  = help: {h}");
        }
        out.push('\n');
    }
    let n = mismatches.len();
    let _ = write!(
        out,
        "error: aborting due to {n} previous error{} (found before compiling)",
        if n == 1 { "" } else { "s" }
    );
    out
}

/// The line (1-based) where `code` defines `struct NAME` itself, outside
/// comments (LeetCode's templates show ListNode and TreeNode commented out).
pub fn struct_definition(code: &str, name: &str) -> Option<usize> {
    let src = Source::scan(code).unwrap_or_else(|| Source::unbalanced(code));
    src.items("struct", 0)
        .find(|(_, rest)| ident_at(rest) == name)
        .map(|(at, _)| src.line_of(at))
}

/// What LeetCode's template for `shape` looks like, in one line.
fn template(shape: &Shape) -> String {
    match shape {
        Shape::Function(f) => format!("impl Solution {{ {} {{ .. }} }}", f.text),
        Shape::Design { class, methods, .. } => format!(
            "struct {class} {{ .. }} impl {class} {{ {} }}",
            methods
                .iter()
                .map(|m| format!("{} {{ .. }}", m.text))
                .collect::<Vec<_>>()
                .join(" ")
        ),
    }
}

/// An empty file, binary data, or another language.
fn not_a_solution(shape: &Shape, code: &str) -> Option<Mismatch> {
    let expected = format!("expected LeetCode's Rust template, `{}`", template(shape));
    if let Some(at) = code
        .bytes()
        .position(|b| b == 0 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)))
    {
        return Some(Mismatch::at(
            None,
            format!("this is not a text file (binary data: byte {at} is a control character)"),
            vec![format!("{expected}; is it the right file?")],
        ));
    }
    if code.trim().is_empty() {
        return Some(Mismatch::at(
            None,
            "the file is empty".into(),
            vec![expected],
        ));
    }
    let masked = mask(code);
    if masked.trim().is_empty() {
        return Some(Mismatch::at(
            None,
            "the file holds only comments".into(),
            vec![expected],
        ));
    }
    // Rust without an `impl` (a free `fn`) is told what is missing later.
    if words(&masked).any(|(_, w)| w == "impl" || w == "fn") {
        return None;
    }
    let message = match other_language(code) {
        Some((language, line, text)) => format!(
            "this is not Rust: it looks like {language} (line {line}: `{}`)",
            crate::engine::text::abbreviate(text.trim(), 40)
        ),
        None => "this does not look like a Rust solution: it has no `impl` block".into(),
    };
    Some(Mismatch::at(None, message, vec![expected]))
}

/// The language a non-Rust file seems to be in, with the line that says so.
fn other_language(code: &str) -> Option<(&'static str, usize, &str)> {
    const SIGNS: &[(&str, &str)] = &[
        ("#include", "C++"),
        ("using namespace", "C++"),
        ("public:", "C++"),
        ("class Solution:", "Python"),
        ("class Solution(object):", "Python"),
        ("def ", "Python"),
        ("public class", "Java"),
        ("public int", "Java"),
        ("public List<", "Java"),
        ("func ", "Go"),
        ("package main", "Go"),
        ("function ", "JavaScript or TypeScript"),
        ("var ", "JavaScript"),
        ("class Solution", "Java, C++ or C#"),
    ];
    for (language_sign, language) in SIGNS {
        for (i, line) in code.lines().enumerate() {
            if line.trim_start().starts_with(language_sign) {
                return Some((language, i + 1, line));
            }
        }
    }
    None
}

/// Definitions the judge supplies itself: the glue defines `Solution`, the
/// node types and `main`, as LeetCode does.
fn clashes(shape: &Shape, src: &Source) -> Vec<Mismatch> {
    let mut out = Vec::new();
    let mut supplied = vec!["Solution"];
    supplied.extend(shape.supplied_types());
    for name in supplied {
        if let Some((at, _)) = src
            .items("struct", 0)
            .find(|(_, rest)| ident_at(rest) == name)
        {
            let help = if name == "Solution" {
                "remove it: `Solution` comes from the judge, as on LeetCode".to_string()
            } else {
                format!(
                    "the judge's {name} is LeetCode's definition, in your crate, so your own \
                     `impl` blocks and trait impls on it work"
                )
            };
            out.push(Mismatch::at(
                Some(src.line_of(at)),
                format!(
                    "your file defines `struct {name}`: the judge supplies {name}, as LeetCode \
                     does: keep LeetCode's definition commented out"
                ),
                vec![help],
            ));
        }
    }
    if let Some((at, _)) = src
        .items("fn", 0)
        .find(|(_, rest)| ident_at(rest) == "main")
    {
        out.push(Mismatch::at(
            Some(src.line_of(at)),
            "your file defines `fn main`: the judge supplies `main`, as LeetCode does".into(),
            vec!["remove it, or move your own tests into a `#[cfg(test)] mod tests`".into()],
        ));
    }
    out
}

fn check_function(f: &FnSig, src: &Source) -> Vec<Mismatch> {
    let impls: Vec<&Impl> = src.impls.iter().filter(|i| i.name == "Solution").collect();
    if impls.is_empty() {
        let free = src
            .fns_at_top()
            .into_iter()
            .find(|h| loose(&h.raw.name) == loose(&f.name));
        let (line, message) = match (free, src.impls.first()) {
            (Some(h), _) => (
                Some(h.line),
                format!(
                    "`fn {}` is outside `impl Solution`: expected `impl Solution {{ {} {{ .. }} }}`",
                    h.raw.name, f.text
                ),
            ),
            (None, Some(other)) => (
                Some(other.line),
                format!(
                    "expected `impl Solution {{ {} }}`, found `impl {}`",
                    f.text, other.name
                ),
            ),
            (None, None) => (
                None,
                format!(
                    "there is no `impl Solution` block: expected `impl Solution {{ {} }}`",
                    f.text
                ),
            ),
        };
        return vec![Mismatch::at(
            line,
            message,
            vec![format!(
                "the judge calls `Solution::{}(..)`, as LeetCode does",
                f.name
            )],
        )];
    }
    let fns: Vec<&Header> = impls.iter().flat_map(|i| &i.fns).collect();
    match find(&fns, &f.name, true) {
        Some(h) => compare(f, h, src, None).into_iter().collect(),
        None => vec![Mismatch::at(
            Some(impls[0].line),
            format!(
                "`impl Solution` has no `fn {}`: expected `{}`",
                f.name, f.text
            ),
            vec![found_list(&fns)],
        )],
    }
}

fn check_class(class: &str, methods: &[FnSig], src: &Source) -> Vec<Mismatch> {
    let impls: Vec<&Impl> = src.impls.iter().filter(|i| i.name == class).collect();
    if impls.is_empty() {
        let other = src.impls.iter().find(|i| i.name != class);
        let listed = methods
            .iter()
            .map(|m| format!("`{}`", m.text))
            .collect::<Vec<_>>()
            .join(", ");
        return vec![Mismatch::at(
            other.map(|i| i.line),
            match other {
                Some(i) => format!("expected `impl {class}`, found `impl {}`", i.name),
                None => format!("there is no `impl {class}` block"),
            },
            vec![format!(
                "the problem is the class `{class}`, as in LeetCode's template, with {listed}"
            )],
        )];
    }
    let mut out = Vec::new();
    let declared = ["struct", "enum", "type", "union"]
        .iter()
        .any(|kw| src.items(kw, 0).any(|(_, rest)| ident_at(rest) == class));
    if !declared {
        out.push(Mismatch::at(
            Some(impls[0].line),
            format!("`impl {class}` has no `struct {class}` to go with it"),
            vec![format!(
                "define it, as LeetCode's template does: `struct {class} {{ .. }}`"
            )],
        ));
    }
    let fns: Vec<&Header> = impls.iter().flat_map(|i| &i.fns).collect();
    for m in methods {
        match find(&fns, &m.name, false) {
            Some(h) => out.extend(compare(m, h, src, Some(class))),
            None => out.push(Mismatch::at(
                Some(impls[0].line),
                format!(
                    "`impl {class}` has no {} `{}`: expected `{}`",
                    if m.ret.is_none() {
                        "constructor"
                    } else {
                        "method"
                    },
                    m.name,
                    m.text
                ),
                vec![found_list(&fns)],
            )),
        }
    }
    out
}

/// The header named `name`, else one named the same but for case and
/// underscores (`threeSum`), else (`only`) the only one there is.
fn find<'a>(fns: &[&'a Header], name: &str, only: bool) -> Option<&'a Header> {
    fns.iter()
        .find(|h| h.raw.name == name)
        .or_else(|| fns.iter().find(|h| loose(&h.raw.name) == loose(name)))
        .or_else(|| (only && fns.len() == 1).then(|| &fns[0]))
        .copied()
}

fn found_list(fns: &[&Header]) -> String {
    if fns.is_empty() {
        return "it has no functions".into();
    }
    let names: Vec<String> = fns
        .iter()
        .map(|h| format!("`{}` (line {})", h.raw.name, h.line))
        .collect();
    format!("it has {}", names.join(", "))
}

/// `threeSum`, `three_sum` and `ThreeSum` are the same name, loosely.
fn loose(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Compares one expected function with the user's header; `class` for a
/// design class's methods.
fn compare(expected: &FnSig, h: &Header, src: &Source, class: Option<&str>) -> Option<Mismatch> {
    let owner = class.unwrap_or("Solution");
    let mut help = Vec::new();
    let found = &h.raw;
    if found.name != expected.name {
        help.push(format!(
            "rename it `{}`: the judge calls `{owner}::{}(..)`, as LeetCode does",
            expected.name, expected.name
        ));
    }
    match (&expected.receiver, &found.receiver) {
        (Receiver::None, Some(r)) => help.push(if class.is_some() {
            format!("remove `{r}`: the judge calls `{owner}::{}(..)` to make the object", expected.name)
        } else {
            format!(
                "remove `{r}`: the judge calls `Solution::{}(..)` without an instance, as LeetCode does",
                expected.name
            )
        }),
        (Receiver::Borrowed, None) => help.push(format!(
            "take `&self` (or `&mut self`): the judge calls it on the object, `obj.{}(..)`",
            expected.name
        )),
        (Receiver::Borrowed, Some(r)) if !r.contains('&') => help.push(format!(
            "take `&self` or `&mut self`, not `{r}`: the judge calls it several times on one object"
        )),
        _ => {}
    }
    let type_params = found.type_params();
    if !type_params.is_empty() {
        help.push(format!(
            "remove `<{}>`: the problem's signature has no type parameters, and the judge \
             calls it with none",
            type_params.join(", ")
        ));
    }
    if found.params.len() != expected.params.len() {
        let n = expected.params.len();
        help.push(format!(
            "it takes {} parameter{}; the problem passes {n}{}",
            found.params.len(),
            if found.params.len() == 1 { "" } else { "s" },
            if n == 0 {
                String::new()
            } else {
                format!(
                    ": {}",
                    expected
                        .params
                        .iter()
                        .map(|p| format!("`{}: {}`", p.name, expected_type(p)))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        ));
    } else {
        for ((name, ty), p) in found.params.iter().zip(&expected.params) {
            let want = expected_type(p);
            if !same_type(&src.resolve(ty), &want) {
                help.push(format!(
                    "parameter `{name}` is `{ty}`: the problem passes `{want}`"
                ));
            }
        }
    }
    let want_ret = expected.ret.as_ref().map(|t| t.rust.clone());
    let got_ret = found.ret.clone().map(|t| src.resolve(&t));
    let ret_ok = match (&want_ret, &got_ret) {
        // A constructor returns `Self` or the class by name.
        (None, Some(r)) => r == "Self" || Some(r.as_str()) == class,
        (None, None) => false,
        (Some(w), None) => w == "()",
        (Some(w), Some(g)) => same_type(g, w),
    };
    if !ret_ok {
        let said = |r: &Option<String>| match r {
            None => "nothing".to_string(),
            Some(t) => format!("`{t}`"),
        };
        help.push(format!(
            "it returns {}: the problem expects {}",
            said(&found.ret),
            match &want_ret {
                None => "`Self`".to_string(),
                Some(w) if w == "()" => "nothing".to_string(),
                Some(w) => format!("`{}`", tidy(w)),
            }
        ));
    }
    (!help.is_empty()).then(|| {
        Mismatch::at(
            Some(h.line),
            format!("expected `{}`, found `{}`", expected.text, h.text),
            help,
        )
    })
}

fn expected_type(p: &crate::engine::signature::Param) -> String {
    if p.by_mut_ref {
        format!("&mut {}", p.ty.rust)
    } else {
        tidy(&p.ty.rust)
    }
}

/// Types compared as written, whitespace and the paths of the standard
/// types (`std::rc::Rc`, `std::vec::Vec`) aside.
fn same_type(a: &str, b: &str) -> bool {
    fn norm(t: &str) -> String {
        let mut t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        for prefix in [
            "std::rc::",
            "std::cell::",
            "std::vec::",
            "std::string::",
            "std::boxed::",
            "std::option::",
            "alloc::rc::",
            "alloc::vec::",
            "alloc::string::",
            "alloc::boxed::",
            "core::cell::",
            "core::option::",
            "crate::",
        ] {
            t = t.replace(prefix, "");
        }
        t
    }
    norm(a) == norm(b)
}

/// One `fn` header in the file.
#[derive(Debug)]
struct Header {
    line: usize,
    raw: RawSig,
    /// As the user wrote it, whitespace tidied: `pub fn threeSum(nums: Vec<i32>) -> ..`.
    text: String,
}

/// An inherent `impl NAME { .. }` block (not `impl Trait for NAME`).
#[derive(Debug)]
struct Impl {
    name: String,
    line: usize,
    fns: Vec<Header>,
}

/// The file, scanned: comments and literals blanked (offsets kept), and
/// the braces matched.
struct Source {
    masked: String,
    /// For each byte offset of a `{`, the depth outside it (0: top level).
    depth: Vec<u32>,
    impls: Vec<Impl>,
    /// `type NAME = T;` at the top level, tidied.
    aliases: Vec<(String, String)>,
}

impl Source {
    fn scan(code: &str) -> Option<Source> {
        let masked = mask(code);
        let mut depth = vec![0u32; masked.len() + 1];
        let mut d: i64 = 0;
        for (i, b) in masked.bytes().enumerate() {
            if b == b'}' {
                d -= 1;
                if d < 0 {
                    return None;
                }
            }
            depth[i] = d as u32;
            if b == b'{' {
                d += 1;
            }
        }
        if d != 0 {
            return None;
        }
        let mut src = Source {
            masked,
            depth,
            impls: Vec::new(),
            aliases: Vec::new(),
        };
        src.impls = src.find_impls();
        src.aliases = src
            .items("type", 0)
            .filter_map(|(_, rest)| {
                let end = rest.find(';')?;
                let (name, ty) = rest[..end].split_once('=')?;
                Some((name.trim().to_string(), tidy(ty)))
            })
            .collect();
        Some(src)
    }

    /// For the one question an unbalanced file can still answer.
    fn unbalanced(code: &str) -> Source {
        let masked = mask(code);
        let depth = vec![0u32; masked.len() + 1];
        Source {
            masked,
            depth,
            impls: Vec::new(),
            aliases: Vec::new(),
        }
    }

    fn line_of(&self, at: usize) -> usize {
        self.masked[..at].matches('\n').count() + 1
    }

    /// Each keyword `kw` at brace depth `depth`, with the text after it.
    fn items<'a>(&'a self, kw: &'a str, depth: u32) -> impl Iterator<Item = (usize, &'a str)> + 'a {
        words(&self.masked)
            .filter(move |(at, w)| *w == kw && self.depth[*at] == depth)
            .map(move |(at, w)| (at, &self.masked[at + w.len()..]))
    }

    fn find_impls(&self) -> Vec<Impl> {
        let mut out = Vec::new();
        for (at, rest) in self.items("impl", 0) {
            let Some(open) = rest.find(['{', ';']) else {
                continue;
            };
            if rest.as_bytes()[open] != b'{' {
                continue;
            }
            let head = skip_generics(rest[..open].trim());
            if words(head).any(|(_, w)| w == "for") {
                continue;
            }
            let name = ident_at(head.trim_start_matches("crate::")).to_string();
            let body_start = at + "impl".len() + open + 1;
            let close = self.closing(body_start - 1);
            out.push(Impl {
                name,
                line: self.line_of(at),
                fns: self.headers(body_start, close, 1),
            });
        }
        out
    }

    /// The `}` matching the `{` at `open`.
    fn closing(&self, open: usize) -> usize {
        let d = self.depth[open];
        self.masked
            .bytes()
            .enumerate()
            .skip(open + 1)
            .find(|(i, b)| *b == b'}' && self.depth[*i] == d)
            .map_or(self.masked.len(), |(i, _)| i)
    }

    /// The `fn` headers between `from` and `to` at brace depth `depth`.
    fn headers(&self, from: usize, to: usize, depth: u32) -> Vec<Header> {
        let mut out = Vec::new();
        for (at, _) in words(&self.masked[from..to])
            .filter(|(_, w)| *w == "fn")
            .map(|(i, w)| (i + from, w))
        {
            if self.depth[at] != depth {
                continue;
            }
            let rest = &self.masked[at..to];
            let end = rest.find(['{', ';']).unwrap_or(rest.len());
            let mut header = &rest[..end];
            if let Some((before, _)) = split_word(header, "where") {
                header = before;
            }
            let Ok(raw) = RawSig::parse(&tidy(header)) else {
                continue;
            };
            let qualifiers = self.qualifiers(from, at);
            let text = tidy(&format!("{qualifiers} {header}"));
            out.push(Header {
                line: self.line_of(at),
                raw,
                text,
            });
        }
        out
    }

    /// `pub`, `pub(crate)`, `const`, .. before the `fn` at `at`.
    fn qualifiers(&self, from: usize, at: usize) -> String {
        let before = &self.masked[from..at];
        let start = before.rfind(['{', '}', ';', ']']).map_or(0, |p| p + 1);
        tidy(&before[start..])
    }

    fn fns_at_top(&self) -> Vec<Header> {
        self.headers(0, self.masked.len(), 0)
    }

    /// A type with the file's top-level aliases put in (`type Link =
    /// Option<Box<ListNode>>`).
    fn resolve(&self, ty: &str) -> String {
        let mut t = ty.to_string();
        for _ in 0..4 {
            let mut changed = false;
            for (name, def) in &self.aliases {
                let replaced = replace_word(&t, name, def);
                if replaced != t {
                    t = replaced;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        t
    }
}

/// Words (identifiers and keywords) of `text`, with their offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            if is_word(bytes[i]) && (i == 0 || !is_word(bytes[i - 1])) {
                let start = i;
                while i < bytes.len() && is_word(bytes[i]) {
                    i += 1;
                }
                return Some((start, &text[start..i]));
            }
            i += 1;
        }
        None
    })
}

/// The identifier at the start of `text` (after whitespace).
fn ident_at(text: &str) -> &str {
    let t = text.trim_start();
    let end = t
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(t.len());
    &t[..end]
}

/// `<T: Ord> Name<T>` -> `Name<T>`.
fn skip_generics(head: &str) -> &str {
    if !head.starts_with('<') {
        return head;
    }
    let mut depth = 0;
    for (i, c) in head.char_indices() {
        match c {
            '<' => depth += 1,
            '>' => {
                depth -= 1;
                if depth == 0 {
                    return head[i + 1..].trim_start();
                }
            }
            _ => {}
        }
    }
    head
}

fn split_word<'a>(text: &'a str, word: &str) -> Option<(&'a str, &'a str)> {
    words(text)
        .find(|(_, w)| *w == word)
        .map(|(at, w)| (&text[..at], &text[at + w.len()..]))
}

fn replace_word(text: &str, word: &str, with: &str) -> String {
    let mut out = String::new();
    let mut last = 0;
    for (at, w) in words(text) {
        if w == word {
            out.push_str(&text[last..at]);
            out.push_str(with);
            last = at + w.len();
        }
    }
    out.push_str(&text[last..]);
    out
}

/// `code` with comments and the insides of string and char literals turned
/// into spaces; newlines and byte offsets stay where they were.
fn mask(code: &str) -> String {
    let b = code.as_bytes();
    let mut out = b.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for c in &mut out[from..to.min(b.len())] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                let end = code[i..].find('\n').map_or(b.len(), |p| i + p);
                blank(&mut out, i, end);
                i = end;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 0;
                let mut j = i;
                while j < b.len() {
                    if b[j] == b'/' && b.get(j + 1) == Some(&b'*') {
                        depth += 1;
                        j += 2;
                    } else if b[j] == b'*' && b.get(j + 1) == Some(&b'/') {
                        depth -= 1;
                        j += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        j += 1;
                    }
                }
                blank(&mut out, i, j);
                i = j;
            }
            b'r' if (i == 0
                || !is_word(b[i - 1])
                || (b[i - 1] == b'b' && (i < 2 || !is_word(b[i - 2]))))
                && matches!(b.get(i + 1), Some(b'"') | Some(b'#')) =>
            {
                let hashes = b[i + 1..].iter().take_while(|c| **c == b'#').count();
                if b.get(i + 1 + hashes) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let body = i + 2 + hashes;
                let closing = format!("\"{}", "#".repeat(hashes));
                let end = code[body..]
                    .find(&closing)
                    .map_or(b.len(), |p| body + p + closing.len());
                blank(&mut out, body, end.saturating_sub(closing.len()).max(body));
                i = end;
            }
            b'"' => {
                let mut j = i + 1;
                while j < b.len() && b[j] != b'"' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                blank(&mut out, i + 1, j);
                i = j + 1;
            }
            b'\'' => {
                // A char literal ('a', '\n', '\u{1F600}'), or a lifetime ('a).
                let end = if b.get(i + 1) == Some(&b'\\') {
                    code[i + 2..].find('\'').map(|p| i + 2 + p)
                } else {
                    code[i + 1..]
                        .chars()
                        .next()
                        .map(|c| i + 1 + c.len_utf8())
                        .filter(|&j| b.get(j) == Some(&b'\''))
                };
                match end {
                    Some(j) => {
                        blank(&mut out, i + 1, j);
                        i = j + 1;
                    }
                    None => i += 1,
                }
            }
            _ => i += 1,
        }
    }
    // Only ASCII bytes were written over whole characters' bytes.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::package::Catalog;

    fn function(sig: &str) -> Shape {
        Shape::Function(FnSig::parse(sig).unwrap())
    }

    const THREE_SUM: &str = "pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>>";

    #[test]
    fn masks_comments_and_literals_but_keeps_offsets() {
        let code = "// impl X {\nlet s = \"}\"; let c = '}'; let r = r#\"{\"#; /* { /* } */ */ fn f<'a>() {}\n";
        let m = mask(code);
        assert_eq!(m.len(), code.len());
        assert!(!m.contains("impl"));
        assert_eq!(m.matches('{').count(), 1, "{m}");
        assert!(m.contains("fn f<'a>() {}"));
    }

    #[test]
    fn a_misnamed_function_is_named_at_its_line() {
        let code = "impl Solution {\n    pub fn threeSum(nums: Vec<i32>) -> Vec<Vec<i32>> {\n        vec![]\n    }\n}\n";
        let m = check(&function(THREE_SUM), code);
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].line, Some(2));
        assert_eq!(
            m[0].message,
            "expected `pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>>`, found `pub fn threeSum(nums: Vec<i32>) -> Vec<Vec<i32>>`"
        );
    }

    #[test]
    fn tolerates_what_leetcode_tolerates() {
        let code = "type Triples = Vec<Vec<i32>>;\nimpl Solution {\n    fn helper(x: &[i32]) -> usize { x.len() }\n    pub fn three_sum(mut nums: std::vec::Vec< i32 >)\n        -> Triples where {\n        vec![]\n    }\n}\n";
        assert_eq!(check(&function(THREE_SUM), code), vec![]);
        let design = Shape::Design {
            class: "KthLargest".into(),
            methods: vec![
                FnSig::parse("fn new(k: i32, nums: Vec<i32>) -> Self").unwrap(),
                FnSig::parse("fn add(&self, val: i32) -> i32").unwrap(),
            ],
            roundtrip: None,
        };
        let code = "struct KthLargest { k: i32 }\nimpl KthLargest {\n    pub fn new(k: i32, nums: Vec<i32>) -> KthLargest { KthLargest { k } }\n    fn add(&mut self, val: i32) -> i32 { val }\n}\n";
        assert_eq!(check(&design, code), vec![]);
    }

    #[test]
    fn wrong_types_and_receivers_are_explained() {
        let code = "impl Solution {\n    pub fn three_sum(&self, nums: Vec<i64>) -> Vec<i32> {\n        vec![]\n    }\n}\n";
        let m = check(&function(THREE_SUM), code);
        assert_eq!(m.len(), 1, "{m:?}");
        let help = m[0].help.join("\n");
        assert!(help.contains("remove `&self`"), "{help}");
        assert!(
            help.contains("parameter `nums` is `Vec<i64>`: the problem passes `Vec<i32>`"),
            "{help}"
        );
        assert!(
            help.contains("it returns `Vec<i32>`: the problem expects `Vec<Vec<i32>>`"),
            "{help}"
        );
    }

    #[test]
    fn names_files_that_are_not_solutions() {
        let shape = function(THREE_SUM);
        assert_eq!(check(&shape, " \n")[0].message, "the file is empty");
        assert_eq!(
            check(&shape, "// nothing yet\n")[0].message,
            "the file holds only comments"
        );
        let py = "class Solution:\n    def threeSum(self, nums):\n        return []\n";
        assert!(
            check(&shape, py)[0]
                .message
                .contains("it looks like Python")
        );
        assert!(
            check(&shape, "\u{0}\u{1}ELF")[0]
                .message
                .contains("not a text file")
        );
    }

    #[test]
    fn own_node_types_are_explained() {
        let shape =
            function("pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>>");
        let code = "// pub struct ListNode {}\n#[derive(Debug)]\npub struct ListNode { pub val: i32, pub next: Option<Box<ListNode>> }\nimpl Solution {\n    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> { head }\n}\n";
        let m = check(&shape, code);
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].line, Some(3));
        assert!(
            m[0].message
                .contains("keep LeetCode's definition commented out")
        );
    }

    /// Every file of every built-in package that the judge compiles as a
    /// solution, and every paste fixture, fits its signature: the check
    /// must never reject what LeetCode accepts.
    #[test]
    fn every_packaged_solution_and_paste_fixture_fits() {
        let catalog = Catalog::load(None).unwrap();
        let paste = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/paste");
        let mut checked = 0;
        for pkg in catalog.packages() {
            let mut files: Vec<(String, String)> = vec![
                ("reference.rs".into(), pkg.reference().unwrap().to_string()),
                (
                    "stub.rs".into(),
                    crate::engine::glue::fill_empty_bodies(pkg.stub().unwrap()),
                ),
            ];
            files.extend(pkg.brute().map(|b| ("brute.rs".to_string(), b.to_string())));
            files.extend(pkg.accepted_solutions());
            files.extend(pkg.wrong_solutions().into_iter().map(|w| (w.file, w.code)));
            for e in std::fs::read_dir(&paste).unwrap() {
                let path = e.unwrap().path();
                let name = path.file_name().unwrap().to_string_lossy().to_string();
                if name.split('_').next() == Some(pkg.id.as_str()) {
                    files.push((name, std::fs::read_to_string(&path).unwrap()));
                }
            }
            for (file, code) in files {
                let m = check(&pkg.shape, &code);
                assert!(
                    m.is_empty(),
                    "{}/{file}:\n{}",
                    pkg.id,
                    render(Path::new(&file), &m)
                );
                checked += 1;
            }
        }
        assert!(checked > 300, "{checked}");
    }
}
