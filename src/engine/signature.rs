//! Parsing LeetCode's Rust signatures, and the harness names of their types.
//!
//! The package gives the signature as text, exactly as LeetCode shows it
//! (`pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>>`). This module turns it
//! into data the glue generator can use. It knows which types the harness can
//! convert; anything else is reported as a package error.

/// A type the harness converts, e.g. `Vec<Vec<i32>>` with harness name
/// `vec_vec_i32` (the glue calls `conv::vec_vec_i32` and `conv::put_vec_vec_i32`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ty {
    pub rust: String,
    pub conv: String,
}

impl Ty {
    pub fn parse(text: &str) -> Result<Ty, String> {
        let rust: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let conv = conv_name(&rust).ok_or_else(|| {
            format!(
                "unsupported type `{text}` (supported: i32, i64, f64, bool, char, String, \
                 Vec<..> of those, Option<Box<ListNode>>, Option<Rc<RefCell<TreeNode>>>)"
            )
        })?;
        Ok(Ty { rust, conv })
    }

    pub fn is_tree(&self) -> bool {
        self.conv == "tree"
    }

    /// The judge-supplied types this type mentions (for the glue's imports).
    pub fn supplied_types(&self) -> Vec<&'static str> {
        SUPPLIED_TYPES
            .iter()
            .copied()
            .filter(|name| {
                self.rust
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| word == *name)
            })
            .collect()
    }
}

/// Types the judge supplies to solutions, as LeetCode does (ListNode,
/// TreeNode) or for problems LeetCode has no Rust for (Node, RcListNode,
/// RandomListNode).
pub const SUPPLIED_TYPES: &[&str] = &[
    "ListNode",
    "TreeNode",
    "Node",
    "RcListNode",
    "RandomListNode",
];

impl FnSig {
    /// Every type in the signature.
    pub fn types(&self) -> impl Iterator<Item = &Ty> {
        self.params.iter().map(|p| &p.ty).chain(self.ret.iter())
    }
}

fn conv_name(t: &str) -> Option<String> {
    Some(match t {
        "i32" | "i64" | "f64" | "bool" | "char" => t.to_string(),
        "String" => "string".into(),
        "()" => "unit".into(),
        "Option<Box<ListNode>>" => "list".into(),
        "Option<Rc<RefCell<TreeNode>>>" => "tree".into(),
        // Types for problems LeetCode has no Rust for (see the harness).
        "Option<Rc<RefCell<Node>>>" => "graph".into(),
        "Option<Rc<RefCell<RcListNode>>>" => "rc_list".into(),
        "Option<Rc<RefCell<RandomListNode>>>" => "random_list".into(),
        _ => {
            let inner = t.strip_prefix("Vec<")?.strip_suffix('>')?;
            let inner = conv_name(inner)?;
            if matches!(
                inner.as_str(),
                "unit" | "tree" | "graph" | "rc_list" | "random_list"
            ) {
                return None;
            }
            format!("vec_{inner}")
        }
    })
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Receiver {
    /// An associated function (`fn new(..) -> Self`, or `Solution::f`).
    None,
    /// `&self` or `&mut self`: the glue binds the object mutably, so both work.
    Borrowed,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: String,
    pub ty: Ty,
    /// `&mut T`: the glue passes `&mut` and reports the value after the call.
    pub by_mut_ref: bool,
}

#[derive(Clone, Debug)]
pub struct FnSig {
    pub name: String,
    pub receiver: Receiver,
    pub params: Vec<Param>,
    /// `None` for `-> Self` (a constructor).
    pub ret: Option<Ty>,
    /// The signature as the package gives it, whitespace tidied
    /// (`fn add(&self, val: i32) -> i32`), for messages.
    pub text: String,
}

impl FnSig {
    pub fn parse(text: &str) -> Result<FnSig, String> {
        let raw = RawSig::parse(text)?;
        let ret = match raw.ret.as_deref() {
            None => Some(Ty::parse("()")?),
            Some("Self") => None,
            Some(r) => Some(Ty::parse(r).map_err(|e| format!("return type: {e}"))?),
        };
        let receiver = match raw.receiver {
            None => Receiver::None,
            Some(_) => Receiver::Borrowed,
        };
        let mut params = Vec::new();
        for (pname, pty) in &raw.params {
            let (by_mut_ref, pty) = match pty.strip_prefix("&mut") {
                Some(inner) => (true, inner.trim()),
                None => (false, pty.as_str()),
            };
            params.push(Param {
                name: pname.clone(),
                ty: Ty::parse(pty).map_err(|e| format!("argument `{pname}`: {e}"))?,
                by_mut_ref,
            });
        }
        Ok(FnSig {
            name: raw.name,
            receiver,
            params,
            ret,
            text: tidy(text),
        })
    }
}

/// A function header taken apart without judging its types: the package's
/// signatures (then typed by `FnSig::parse`) and the headers in a user's
/// file (compared with them by `conformance`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawSig {
    pub name: String,
    /// `&self`, `&mut self`, `self`, ... (whitespace tidied), if any.
    pub receiver: Option<String>,
    /// `(name, type)`, with `mut` taken off the name and the type tidied.
    pub params: Vec<(String, String)>,
    /// The return type, tidied; `None` for none (unit).
    pub ret: Option<String>,
    /// `<'a, T>`, tidied, if the function has generics.
    pub generics: Option<String>,
}

impl RawSig {
    /// Parses `[pub] fn name[<generics>](args) [-> Type]`.
    pub fn parse(text: &str) -> Result<RawSig, String> {
        let t = text.trim();
        let t = t.strip_prefix("pub ").unwrap_or(t).trim_start();
        let t = t
            .strip_prefix("fn ")
            .ok_or_else(|| format!("`{text}`: expected `fn name(args) -> Type`"))?;
        let open = t
            .find('(')
            .ok_or_else(|| format!("`{text}`: missing `(`"))?;
        let head = t[..open].trim();
        // Generics (`fn f<T>(..)`) are not part of the name.
        let (name, generics) = match head.split_once('<') {
            Some((name, rest)) => (name.trim().to_string(), Some(tidy(&format!("<{rest}")))),
            None => (head.to_string(), None),
        };
        if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
            return Err(format!("`{text}`: bad function name `{name}`"));
        }
        let close = matching_paren(t, open).ok_or_else(|| format!("`{text}`: missing `)`"))?;
        let args = &t[open + 1..close];
        let rest = t[close + 1..].trim();
        let ret = match rest.strip_prefix("->") {
            None if rest.is_empty() => None,
            None => return Err(format!("`{text}`: unexpected `{rest}` after the arguments")),
            Some(r) if tidy(r) == "()" => None,
            Some(r) => Some(tidy(r)),
        };
        let mut receiver = None;
        let mut params = Vec::new();
        for (i, arg) in split_top_level(args).into_iter().enumerate() {
            let arg = arg.trim();
            if arg.is_empty() {
                continue;
            }
            let is_self = arg
                .rsplit(['&', ' '])
                .next()
                .is_some_and(|last| last == "self")
                || arg.starts_with("self:")
                || arg.starts_with("mut self:");
            if i == 0 && is_self {
                receiver = Some(tidy(arg));
                continue;
            }
            let (pname, pty) = arg
                .split_once(':')
                .ok_or_else(|| format!("`{text}`: argument `{arg}` has no type"))?;
            let pname = pname.trim();
            let pname = pname.strip_prefix("mut ").unwrap_or(pname).trim();
            params.push((pname.to_string(), tidy(pty)));
        }
        Ok(RawSig {
            name,
            receiver,
            params,
            ret,
            generics,
        })
    }

    /// Type or const parameters (`T` of `fn f<'a, T>`), which a call
    /// without turbofish cannot always infer; lifetimes are not counted.
    pub fn type_params(&self) -> Vec<String> {
        let Some(g) = &self.generics else {
            return Vec::new();
        };
        let inner = g.trim_start_matches('<').trim_end_matches('>');
        split_top_level(inner)
            .into_iter()
            .map(str::trim)
            .filter(|p| !p.is_empty() && !p.starts_with('\''))
            .map(str::to_string)
            .collect()
    }
}

/// The index of the `)` that closes the `(` at `open`.
fn matching_paren(s: &str, open: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices().skip_while(|(i, _)| *i < open) {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Rust code with its whitespace as rustfmt would put it in a signature:
/// `Vec< i32 >` -> `Vec<i32>`, `a:i32,b` -> `a: i32, b`, `&mut  T` -> `&mut T`.
pub fn tidy(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::new();
    for word in words.join(" ").split(' ') {
        let glue_left = out.ends_with(['<', '(', '[', '&', ':']) && !out.ends_with(": ");
        let glue_right = word.starts_with(['<', '>', '(', ')', '[', ']', ',', ':']);
        if !out.is_empty() && !glue_left && !glue_right {
            out.push(' ');
        }
        out.push_str(word);
    }
    // `a:i32` and `a,b` read as rustfmt writes them.
    let mut spaced = String::with_capacity(out.len() + 8);
    let chars: Vec<char> = out.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        spaced.push(c);
        let next = chars.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let single_colon = c == ':' && next != Some(':') && prev != Some(':');
        if (c == ',' || single_colon) && next.is_some_and(|n| n != ' ') {
            spaced.push(' ');
        }
    }
    spaced
        .replace("->", " -> ")
        .replace("  ", " ")
        .trim()
        .to_string()
}

fn split_top_level(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let mut prev = ' ';
    for (i, c) in s.char_indices() {
        match c {
            '<' | '(' | '[' => depth += 1,
            // The `>` of `->` (`impl Fn(i32) -> i32`) closes nothing.
            '>' if prev == '-' => {}
            '>' | ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        prev = c;
    }
    out.push(&s[start..]);
    out
}

/// What the solution exposes: one function on `Solution`, or a design class.
#[derive(Clone, Debug)]
pub enum Shape {
    Function(FnSig),
    Design {
        class: String,
        methods: Vec<FnSig>,
        /// `(serialize, deserialize)` for a codec checked by round trip.
        roundtrip: Option<(String, String)>,
    },
}

impl Shape {
    /// A function's parameter names, as the statement calls the arguments;
    /// none for a design class, whose input is a list of operations.
    pub fn param_names(&self) -> Vec<String> {
        match self {
            Shape::Function(sig) => sig.params.iter().map(|p| p.name.clone()).collect(),
            Shape::Design { .. } => Vec::new(),
        }
    }
}

impl Shape {
    /// A design class driven by a list of operations (not a round-trip codec,
    /// whose case is one value).
    pub fn is_design(&self) -> bool {
        matches!(
            self,
            Shape::Design {
                roundtrip: None,
                ..
            }
        )
    }

    /// A codec checked by round trip: serialize and deserialize run in two
    /// processes, with only the string between them.
    pub fn is_roundtrip(&self) -> bool {
        matches!(
            self,
            Shape::Design {
                roundtrip: Some(_),
                ..
            }
        )
    }

    /// The judge-supplied types the solution uses (the glue imports them,
    /// and the workspace's `lib.rs` re-exports them).
    pub fn supplied_types(&self) -> Vec<&'static str> {
        let sigs: Vec<&FnSig> = match self {
            Shape::Function(f) => vec![f],
            Shape::Design { methods, .. } => methods.iter().collect(),
        };
        SUPPLIED_TYPES
            .iter()
            .copied()
            .filter(|name| {
                sigs.iter()
                    .any(|f| f.types().any(|t| t.supplied_types().contains(name)))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_function_signatures() {
        let f = FnSig::parse("pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>>").unwrap();
        assert_eq!(f.name, "three_sum");
        assert_eq!(f.params[0].ty.conv, "vec_i32");
        assert_eq!(f.ret.unwrap().conv, "vec_vec_i32");

        let f = FnSig::parse("pub fn remove_duplicates(nums: &mut Vec<i32>) -> i32").unwrap();
        assert!(f.params[0].by_mut_ref);

        let f = FnSig::parse(
            "pub fn lowest_common_ancestor(root: Option<Rc<RefCell<TreeNode>>>, p: Option<Rc<RefCell<TreeNode>>>, q: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>>",
        )
        .unwrap();
        assert_eq!(f.params.len(), 3);
        assert!(f.params[2].ty.is_tree());

        let f = FnSig::parse("fn add(&self, val: i32) -> i32").unwrap();
        assert_eq!(f.receiver, Receiver::Borrowed);
        let f = FnSig::parse("fn new(k: i32, nums: Vec<i32>) -> Self").unwrap();
        assert!(f.ret.is_none());
        let f = FnSig::parse("fn add_num(&self, num: i32)").unwrap();
        assert_eq!(f.ret.unwrap().conv, "unit");
    }

    #[test]
    fn supplied_types_are_named_by_whole_words() {
        let f = FnSig::parse(
            "pub fn copy_random_list(head: Option<Rc<RefCell<RandomListNode>>>) -> Option<Rc<RefCell<RandomListNode>>>",
        )
        .unwrap();
        assert_eq!(f.params[0].ty.conv, "random_list");
        // Neither `ListNode` nor `Node` is mentioned, only `RandomListNode`.
        assert_eq!(f.params[0].ty.supplied_types(), vec!["RandomListNode"]);
        assert!(Ty::parse("Vec<Option<Rc<RefCell<RandomListNode>>>>").is_err());
    }

    #[test]
    fn rejects_unknown_types() {
        let e = FnSig::parse("pub fn f(x: HashMap<i32, i32>) -> i32").unwrap_err();
        assert!(e.contains("argument `x`: unsupported type"), "{e}");
    }
}
