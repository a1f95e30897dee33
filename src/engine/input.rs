//! Custom inputs as people write them, turned into the judge's cases.
//!
//! Three forms are read: the judge's own JSON array of all the arguments
//! (`[[-1,0,1],0]`); LeetCode's testcase panel, one argument a line and a
//! case every N lines (N = the number of parameters; a design problem's case
//! is two lines, the operations and their argument lists), with `#` comments
//! and blank lines between cases; and the statement's `nums = [-1,0,1],
//! target = 0`, one case a line, the names those of the signature, in any
//! order. Every argument is read with the harness's own conversions before
//! anything runs, so a bad input is reported against the argument and the
//! line, never against the reference that would have choked on it.
//!
//! This module returns cases as JSON argument arrays, or an error with its
//! line; where the text came from (`--input`, `tests.txt`) is the caller's.

use crate::engine::glue::camel_case;
use crate::engine::package::Package;
use crate::engine::signature::{FnSig, Shape};
use crate::engine::text::plural;
use judge_harness::conv;
use judge_harness::json::{self, Value};

/// One case read from the text: its arguments as a JSON array, and the line
/// it starts on (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomCase {
    pub line: usize,
    pub input: String,
}

/// What is wrong with the text, and on which line (none for a one-line text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub line: Option<usize>,
    pub message: String,
}

impl InputError {
    fn at(line: usize, message: String) -> InputError {
        InputError {
            line: Some(line),
            message,
        }
    }
}

/// One line of a case: a parameter of the function, or one of a design
/// problem's two lines.
enum Slot<'a> {
    Value {
        name: &'a str,
        conv: &'a str,
    },
    /// A handle into the first argument's tree, given by its value (LC 236).
    Node {
        name: &'a str,
    },
    Operations,
    Calls,
}

impl Slot<'_> {
    fn name(&self) -> &str {
        match self {
            Slot::Value { name, .. } | Slot::Node { name } => name,
            Slot::Operations => "operations",
            Slot::Calls => "arguments",
        }
    }

    fn expected(&self, pkg: &Package) -> String {
        match self {
            Slot::Value { conv, .. } => describe(conv, false),
            Slot::Node { .. } => "the value of a node of the tree, or null".into(),
            Slot::Operations => format!(
                "an array of operation names, such as {}",
                design_example(pkg)
            ),
            Slot::Calls => "an array of argument lists, one per operation, such as [[],[2]]".into(),
        }
    }
}

fn slots(pkg: &Package) -> Vec<Slot<'_>> {
    match &pkg.shape {
        Shape::Function(f) => params(pkg, f),
        Shape::Design {
            methods,
            roundtrip: Some((ser, _)),
            ..
        } => methods
            .iter()
            .find(|m| &m.name == ser)
            .map(|m| params(pkg, m))
            .unwrap_or_default(),
        Shape::Design { .. } => vec![Slot::Operations, Slot::Calls],
    }
}

fn params<'a>(pkg: &Package, f: &'a FnSig) -> Vec<Slot<'a>> {
    f.params
        .iter()
        .map(|p| {
            if pkg.meta.signature.node_params.contains(&p.name) {
                Slot::Node { name: &p.name }
            } else {
                Slot::Value {
                    name: &p.name,
                    conv: &p.ty.conv,
                }
            }
        })
        .collect()
}

/// `nums, target`: what a case holds, in order.
pub fn parameter_names(pkg: &Package) -> String {
    slots(pkg)
        .iter()
        .map(|s| s.name().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads `--input`: a JSON array of all the arguments, LeetCode's testcase
/// panel (several cases allowed), or `name = value, ...` lines.
pub fn parse_input(pkg: &Package, text: &str) -> Result<Vec<CustomCase>, InputError> {
    let slots = slots(pkg);
    let one_line = text.trim().lines().count() <= 1;
    if one_line && let Ok(Value::Arr(args)) = json::parse(text) {
        // One line that is an array: all the arguments, unless the problem
        // has one parameter and the line is that argument itself.
        let whole = check_case(pkg, &slots, &args);
        let as_panel = || parse_lines(pkg, text);
        return match whole {
            Ok(()) => Ok(vec![case(1, &args)]),
            Err(_) if slots.len() == 1 && as_panel().is_ok() => as_panel(),
            Err(_) if slots.len() == 1 && args.len() != 1 => as_panel(),
            Err(message) => Err(InputError {
                line: None,
                message,
            }),
        };
    }
    match parse_lines(pkg, text) {
        Ok(cases) if cases.is_empty() => Err(InputError {
            line: None,
            message: format!("no case found; {}", line_rule(&slots)),
        }),
        Ok(cases) => Ok(cases),
        Err(e) => Err(InputError {
            line: e.line.filter(|_| !one_line),
            ..e
        }),
    }
}

/// Reads a `tests.txt`: LeetCode's testcase panel, or `name = value, ...`
/// lines; `#` comments and blank lines between cases. It may hold none.
pub fn parse_testcases(pkg: &Package, text: &str) -> Result<Vec<CustomCase>, InputError> {
    parse_lines(pkg, text)
}

fn parse_lines(pkg: &Package, text: &str) -> Result<Vec<CustomCase>, InputError> {
    let slots = slots(pkg);
    let n = slots.len();
    let mut cases = Vec::new();
    // The lines of the case being read: (line number, value).
    let mut pending: Vec<(usize, Value)> = Vec::new();
    let incomplete = |pending: &[(usize, Value)], end: &str| {
        let start = pending[0].0;
        let missing: Vec<&str> = slots[pending.len()..].iter().map(Slot::name).collect();
        InputError::at(
            start,
            format!(
                "{}; the case from line {start} has {} before {end}, and lacks {}",
                line_rule(&slots),
                lines(pending.len()),
                missing.join(", ")
            ),
        )
    };
    for (i, raw) in text.lines().enumerate() {
        let number = i + 1;
        let line = raw.trim();
        if line.starts_with('#') {
            continue;
        }
        if line.is_empty() {
            if !pending.is_empty() {
                return Err(incomplete(&pending, &format!("the blank line {number}")));
            }
            continue;
        }
        if let Some(named) = named_arguments(line) {
            if !pending.is_empty() {
                return Err(incomplete(&pending, &format!("line {number}")));
            }
            let args = read_named(pkg, &slots, named).map_err(|m| InputError::at(number, m))?;
            check_case(pkg, &slots, &args).map_err(|m| InputError::at(number, m))?;
            cases.push(case(number, &args));
            continue;
        }
        if n == 0 {
            return Err(InputError::at(
                number,
                "this problem takes no arguments: a case is an empty line".into(),
            ));
        }
        let slot = &slots[pending.len()];
        let v = read_text(pkg, slot, line).map_err(|m| {
            InputError::at(number, format!("{}: {m}", label(&slots, pending.len())))
        })?;
        pending.push((number, v));
        if pending.len() == n {
            let start = pending[0].0;
            let args: Vec<Value> = pending.drain(..).map(|(_, v)| v).collect();
            check_case(pkg, &slots, &args).map_err(|m| InputError::at(number, m))?;
            cases.push(case(start, &args));
        }
    }
    if !pending.is_empty() {
        return Err(incomplete(&pending, "the end"));
    }
    Ok(cases)
}

/// "expected 2 arguments (nums, target)"
fn count_rule(slots: &[Slot]) -> String {
    let names: Vec<&str> = slots.iter().map(Slot::name).collect();
    format!(
        "expected {} ({})",
        plural(slots.len(), "argument"),
        names.join(", ")
    )
}

/// "a case is 2 lines, one argument each (nums, target)"
fn line_rule(slots: &[Slot]) -> String {
    match slots.first() {
        Some(Slot::Operations) => "a case is 2 lines: the operations, then their arguments".into(),
        _ => format!(
            "a case is {}, one argument each ({})",
            lines(slots.len()),
            slots.iter().map(Slot::name).collect::<Vec<_>>().join(", ")
        ),
    }
}

fn lines(n: usize) -> String {
    plural(n, "line")
}

/// "argument 2 (target)", or "line 1 (operations)" of a design case.
fn label(slots: &[Slot], i: usize) -> String {
    match slots[i] {
        Slot::Operations | Slot::Calls => {
            format!("line {} of the case ({})", i + 1, slots[i].name())
        }
        _ => format!("argument {} ({})", i + 1, slots[i].name()),
    }
}

fn case(line: usize, args: &[Value]) -> CustomCase {
    let mut input = String::new();
    json::write_value(&mut input, &Value::Arr(args.to_vec()));
    CustomCase { line, input }
}

/// The text of one argument, read and checked against its slot.
fn read_text(pkg: &Package, slot: &Slot, text: &str) -> Result<Value, String> {
    let found = || {
        let shown = crate::engine::text::abbreviate(text, 60);
        // Text that is no value is quoted, unless quotes would muddle it.
        if json::parse(text).is_ok() || text.contains('"') {
            shown
        } else {
            format!("\"{shown}\"")
        }
    };
    let v = json::parse(text).map_err(|e| {
        // The parser's word helps only where the text meant to be JSON.
        let why = if text.starts_with(['[', '"']) {
            format!(" ({e})")
        } else {
            String::new()
        };
        format!("expected {}, found {}{why}", slot.expected(pkg), found())
    })?;
    let checked = match slot {
        Slot::Value { conv, .. } => read_value(conv, &v),
        // Node handles are checked with their tree, in `check_case`.
        Slot::Node { .. } => match v {
            Value::Null | Value::Int(_) => Ok(()),
            _ => Err("expected".into()),
        },
        Slot::Operations => conv::vec_string(&v).map(drop),
        Slot::Calls => match v {
            Value::Arr(_) => Ok(()),
            _ => Err("expected".into()),
        },
    };
    match checked {
        Ok(()) => Ok(v),
        // A mismatch of the whole value: say what it should be, in full.
        Err(e) if e.starts_with("expected") => Err(format!(
            "expected {}, found {}",
            slot.expected(pkg),
            found()
        )),
        Err(e) => Err(e),
    }
}

/// A value of the harness type `conv`, read as the solution's glue reads it.
fn read_value(conv: &str, v: &Value) -> Result<(), String> {
    match conv {
        "i32" => conv::i32(v).map(drop),
        "i64" => conv::i64(v).map(drop),
        "f64" => conv::f64(v).map(drop),
        "bool" => conv::bool(v).map(drop),
        "char" => conv::char(v).map(drop),
        "string" => conv::string(v).map(drop),
        "list" => conv::list(v).map(drop),
        "tree" => conv::tree(v).map(drop),
        "graph" => conv::graph(v).map(drop),
        "rc_list" => conv::rc_list(v).map(drop),
        "random_list" => conv::random_list(v).map(drop),
        _ => match (conv.strip_prefix("vec_"), v) {
            (Some(inner), Value::Arr(items)) => {
                for (i, item) in items.iter().enumerate() {
                    read_value(inner, item).map_err(|e| format!("[{i}]: {e}"))?;
                }
                Ok(())
            }
            (Some(_), other) => Err(format!("expected an array, found {}", other.kind())),
            // The package loader admits only the types above.
            (None, _) => Ok(()),
        },
    }
}

/// Checks a whole case: the number of arguments, each against its type, and
/// what ties them together (node handles, a design case's calls).
fn check_case(pkg: &Package, slots: &[Slot], args: &[Value]) -> Result<(), String> {
    if args.len() != slots.len() {
        return Err(format!(
            "{}, found {}",
            count_rule(slots),
            plural(args.len(), "argument")
        ));
    }
    for (i, (slot, v)) in slots.iter().zip(args).enumerate() {
        let mut text = String::new();
        json::write_value(&mut text, v);
        read_text(pkg, slot, &text).map_err(|e| format!("{}: {e}", label(slots, i)))?;
        if let Slot::Node { .. } = slot {
            let root = conv::tree(&args[0]).map_err(|e| format!("{}: {e}", label(slots, 0)))?;
            conv::node_of(&root, v).map_err(|e| format!("{}: {e}", label(slots, i)))?;
        }
    }
    if let (Some(Slot::Operations), Shape::Design { class, methods, .. }) =
        (slots.first(), &pkg.shape)
    {
        check_calls(class, methods, args)?;
    }
    Ok(())
}

/// A design case: known operations, the constructor first, each call's
/// arguments of its method's types.
fn check_calls(class: &str, methods: &[FnSig], args: &[Value]) -> Result<(), String> {
    let (ops, lists) = conv::design(args)?;
    for (i, op) in ops.iter().enumerate() {
        let method = methods.iter().find(|m| {
            let label = if m.ret.is_none() { class } else { &m.name };
            op == label || *op == camel_case(label)
        });
        let Some(m) = method else {
            let known: Vec<String> = methods
                .iter()
                .map(|m| {
                    if m.ret.is_none() {
                        class.to_string()
                    } else {
                        camel_case(&m.name)
                    }
                })
                .collect();
            return Err(format!(
                "operation {} is {op:?}, which {class} does not have (expected one of {})",
                i + 1,
                known.join(", ")
            ));
        };
        if i == 0 && m.ret.is_some() {
            return Err(format!(
                "operation 1 is {op:?}: the first operation constructs the object ({class:?})"
            ));
        }
        let call = conv::call_args(&lists[i], m.params.len())
            .map_err(|e| format!("operation {} ({op}): {e}", i + 1))?;
        for (p, v) in m.params.iter().zip(call) {
            read_value(&p.ty.conv, v).map_err(|e| {
                let e = if e.starts_with("expected") {
                    let mut found = String::new();
                    json::write_value(&mut found, v);
                    format!("expected {}, found {found}", describe(&p.ty.conv, false))
                } else {
                    e
                };
                format!("operation {} ({op}) argument {}: {e}", i + 1, p.name)
            })?;
        }
    }
    Ok(())
}

/// `["MinStack","push"]`: the constructor and the first other method.
fn design_example(pkg: &Package) -> String {
    match &pkg.shape {
        Shape::Design { class, methods, .. } => {
            let mut ops = vec![format!("{class:?}")];
            if let Some(m) = methods.iter().find(|m| m.ret.is_some()) {
                ops.push(format!("{:?}", camel_case(&m.name)));
            }
            format!("[{}]", ops.join(","))
        }
        Shape::Function(_) => String::new(),
    }
}

/// The statement's form: `nums = [-1,0,1], target = 0`, split into
/// `(name, value text)` pairs; `None` when the line is not of that form.
fn named_arguments(line: &str) -> Option<Vec<(&str, &str)>> {
    let is_name = |s: &str| {
        !s.is_empty()
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && !s.starts_with(|c: char| c.is_ascii_digit())
    };
    let (first, _) = line.split_once('=')?;
    if !is_name(first.trim()) {
        return None;
    }
    let mut out = Vec::new();
    for part in split_top_level(line) {
        let (name, value) = part.split_once('=').unwrap_or((part, ""));
        out.push((name.trim(), value.trim()));
    }
    Some(out)
}

/// Splits at commas outside brackets and strings.
fn split_top_level(s: &str) -> Vec<&str> {
    let (mut out, mut depth, mut start) = (Vec::new(), 0i32, 0);
    let (mut in_str, mut escaped) = (false, false);
    for (i, c) in s.char_indices() {
        if in_str {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_str = true,
            '[' => depth += 1,
            ']' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

fn read_named(
    pkg: &Package,
    slots: &[Slot],
    named: Vec<(&str, &str)>,
) -> Result<Vec<Value>, String> {
    let names = || slots.iter().map(Slot::name).collect::<Vec<_>>().join(", ");
    if matches!(slots.first(), Some(Slot::Operations)) {
        return Err(
            "a design problem's case is 2 lines, the operations and their arguments, not `name = value`"
                .into(),
        );
    }
    let mut values: Vec<Option<Value>> = vec![None; slots.len()];
    for (name, text) in named {
        let Some(i) = slots.iter().position(|s| s.name() == name) else {
            return Err(format!(
                "unknown argument `{name}` (this problem's are {})",
                names()
            ));
        };
        if values[i].is_some() {
            return Err(format!("`{name}` is given twice"));
        }
        if text.is_empty() {
            return Err(format!("`{name}` has no value (write `{name} = VALUE`)"));
        }
        values[i] =
            Some(read_text(pkg, &slots[i], text).map_err(|e| format!("{}: {e}", label(slots, i)))?);
    }
    let missing: Vec<&str> = slots
        .iter()
        .zip(&values)
        .filter(|(_, v)| v.is_none())
        .map(|(s, _)| s.name())
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "missing {} (this problem's arguments are {})",
            missing.join(", "),
            names()
        ));
    }
    Ok(values.into_iter().flatten().collect())
}

/// A case in LeetCode's testcase format: one argument a line.
pub fn to_testcase(input: &str) -> Option<String> {
    match json::parse(input).ok()? {
        Value::Arr(args) => Some(
            args.iter()
                .map(|v| {
                    let mut s = String::new();
                    json::write_value(&mut s, v);
                    s + "\n"
                })
                .collect(),
        ),
        _ => None,
    }
}

/// The input in one canonical spelling, to tell equal inputs apart from
/// differently spaced ones.
pub fn canonical(input: &str) -> String {
    match json::parse(input) {
        Ok(v) => {
            let mut s = String::new();
            json::write_value(&mut s, &v);
            s
        }
        Err(_) => input.to_string(),
    }
}

/// What a value of harness type `conv` looks like, in words.
fn describe(conv: &str, many: bool) -> String {
    let (one, several) = match conv {
        "i32" | "i64" => ("an integer", "integers"),
        "f64" => ("a number", "numbers"),
        "bool" => ("true or false", "booleans"),
        "string" => ("a string in double quotes", "strings in double quotes"),
        "char" => (
            "a one-character string in double quotes",
            "one-character strings in double quotes",
        ),
        "list" => (
            "a linked list as an array of integers",
            "linked lists as arrays",
        ),
        "tree" => (
            "a tree in level order, null for a missing child, such as [1,null,2]",
            "trees in level order",
        ),
        "graph" => (
            "an adjacency list, such as [[2,4],[1,3],[2,4],[1,3]]",
            "adjacency lists",
        ),
        "rc_list" => (
            "[values, pos], such as [[3,2,0,-4],1] (pos -1: no cycle)",
            "[values, pos] pairs",
        ),
        "random_list" => (
            "[[val, random_index], ...], such as [[7,null],[13,0]]",
            "lists of [val, random_index] pairs",
        ),
        _ => {
            return match conv.strip_prefix("vec_") {
                Some(inner) if many => format!("arrays of {}", describe(inner, true)),
                Some(inner) => format!("an array of {}", describe(inner, true)),
                None => format!("a value of type {conv}"),
            };
        }
    };
    if many { several } else { one }.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_arguments_split_at_top_level_commas_only() {
        assert_eq!(
            named_arguments("nums = [-1,0,1], target = 0"),
            Some(vec![("nums", "[-1,0,1]"), ("target", "0")])
        );
        assert_eq!(
            named_arguments(r#"s = "a,b=c", k = 2"#),
            Some(vec![("s", r#""a,b=c""#), ("k", "2")])
        );
        // A panel line is not of that form.
        assert_eq!(named_arguments("[1,2]"), None);
        assert_eq!(named_arguments(r#""x = 1""#), None);
    }

    #[test]
    fn types_are_described_in_words() {
        assert_eq!(describe("i32", false), "an integer");
        assert_eq!(
            describe("vec_vec_char", false),
            "an array of arrays of one-character strings in double quotes"
        );
    }

    #[test]
    fn cases_become_panel_lines_and_back() {
        assert_eq!(
            to_testcase("[[2, 7,11],9]").as_deref(),
            Some("[2,7,11]\n9\n")
        );
        assert_eq!(canonical("[ [1, 2] , \"a\" ]"), "[[1,2],\"a\"]");
    }
}
