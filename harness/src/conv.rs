//! Conversions between LeetCode's literal formats and Rust values.
//!
//! The judge's generated glue calls the concrete functions at the bottom of
//! this file (`conv::vec_i32`, `conv::put_vec_vec_i32`, ...). They are plain,
//! non-generic functions, so their code is compiled once into the harness rlib
//! instead of being instantiated in every user's crate. Each type the glue
//! supports has a reader `NAME(&Value) -> Result<T, String>` and a writer
//! `put_NAME(&T, &mut String)`; NAME is derived from the Rust type by the
//! judge (`Vec<Vec<i32>>` -> `vec_vec_i32`, `Option<Box<ListNode>>` -> `list`,
//! `Option<Rc<RefCell<TreeNode>>>` -> `tree`).

use crate::graph::{self, Graph};
use crate::json::{self, Value};
use crate::list::{self, ListNode};
use crate::random_list::{self, RandomList};
use crate::rc_list::{self, RcList};
use crate::tree::{self, Tree};
use std::fmt::Write as _;

/// A returned linked list or tree longer than this is reported as cyclic or
/// runaway instead of being printed.
pub const MAX_NODES: usize = 2_000_000;

pub trait FromJson: Sized {
    fn from_json(v: &Value) -> Result<Self, String>;
}

pub trait ToJson {
    fn to_json(&self, out: &mut String);
}

fn expected<T>(what: &str, v: &Value) -> Result<T, String> {
    Err(format!("expected {what}, found {}", v.kind()))
}

impl FromJson for i32 {
    fn from_json(v: &Value) -> Result<Self, String> {
        match v {
            Value::Int(i) => i32::try_from(*i).map_err(|_| format!("{i} does not fit in i32")),
            _ => expected("an integer", v),
        }
    }
}

impl FromJson for i64 {
    fn from_json(v: &Value) -> Result<Self, String> {
        match v {
            Value::Int(i) => Ok(*i),
            _ => expected("an integer", v),
        }
    }
}

impl FromJson for f64 {
    fn from_json(v: &Value) -> Result<Self, String> {
        match v {
            Value::Int(i) => Ok(*i as f64),
            Value::Float(f) => Ok(*f),
            _ => expected("a number", v),
        }
    }
}

impl FromJson for bool {
    fn from_json(v: &Value) -> Result<Self, String> {
        match v {
            Value::Bool(b) => Ok(*b),
            _ => expected("true or false", v),
        }
    }
}

impl FromJson for String {
    fn from_json(v: &Value) -> Result<Self, String> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            _ => expected("a string", v),
        }
    }
}

impl FromJson for char {
    fn from_json(v: &Value) -> Result<Self, String> {
        match v {
            Value::Str(s) if s.chars().count() == 1 => Ok(s.chars().next().unwrap_or(' ')),
            _ => expected("a one-character string", v),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &Value) -> Result<Self, String> {
        match v {
            Value::Arr(items) => items
                .iter()
                .enumerate()
                .map(|(i, item)| T::from_json(item).map_err(|e| format!("[{i}]: {e}")))
                .collect(),
            _ => expected("an array", v),
        }
    }
}

impl FromJson for Option<Box<ListNode>> {
    fn from_json(v: &Value) -> Result<Self, String> {
        let values = Vec::<i32>::from_json(v)?;
        Ok(list::from_values(&values))
    }
}

impl FromJson for Tree {
    fn from_json(v: &Value) -> Result<Self, String> {
        let items = match v {
            Value::Arr(items) => items,
            _ => return expected("a level-order array", v),
        };
        let mut values = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            values.push(match item {
                Value::Null => None,
                other => Some(i32::from_json(other).map_err(|e| format!("[{i}]: {e}"))?),
            });
        }
        tree::from_level_order(&values)
    }
}

impl FromJson for Graph {
    fn from_json(v: &Value) -> Result<Self, String> {
        graph::from_adjacency(&Vec::<Vec<i32>>::from_json(v)?)
    }
}

/// `[values, pos]`: the list and the index its tail links back to.
impl FromJson for RcList {
    fn from_json(v: &Value) -> Result<Self, String> {
        match v {
            Value::Arr(p) if p.len() == 2 => {
                let values = Vec::<i32>::from_json(&p[0]).map_err(|e| format!("values: {e}"))?;
                let pos = i64::from_json(&p[1]).map_err(|e| format!("pos: {e}"))?;
                rc_list::from_values(&values, pos)
            }
            _ => expected("[values, pos]", v),
        }
    }
}

/// `[[val, random_index], ...]`, the index `null` for no random node.
impl FromJson for RandomList {
    fn from_json(v: &Value) -> Result<Self, String> {
        let items = match v {
            Value::Arr(items) => items,
            _ => return expected("an array of [val, random_index] pairs", v),
        };
        let mut pairs = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let pair = match item {
                Value::Arr(p) if p.len() == 2 => p,
                _ => return Err(format!("[{i}]: expected [val, random_index]")),
            };
            let val = i32::from_json(&pair[0]).map_err(|e| format!("[{i}] val: {e}"))?;
            let random = match &pair[1] {
                Value::Null => None,
                r => Some(i64::from_json(r).map_err(|e| format!("[{i}] random_index: {e}"))?),
            };
            pairs.push((val, random));
        }
        random_list::from_pairs(&pairs)
    }
}

impl ToJson for () {
    fn to_json(&self, out: &mut String) {
        out.push_str("null");
    }
}

impl ToJson for i32 {
    fn to_json(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl ToJson for i64 {
    fn to_json(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl ToJson for f64 {
    fn to_json(&self, out: &mut String) {
        json::write_f64(out, *self);
    }
}

impl ToJson for bool {
    fn to_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl ToJson for String {
    fn to_json(&self, out: &mut String) {
        json::write_str(out, self);
    }
}

impl ToJson for char {
    fn to_json(&self, out: &mut String) {
        let mut buf = [0u8; 4];
        json::write_str(out, self.encode_utf8(&mut buf));
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.to_json(out);
        }
        out.push(']');
    }
}

impl ToJson for Option<Box<ListNode>> {
    fn to_json(&self, out: &mut String) {
        let (values, cut) = list::to_values(self, MAX_NODES);
        if cut {
            out.push_str("\"<list longer than 2000000 nodes: cyclic?>\"");
        } else {
            values.to_json(out);
        }
    }
}

impl ToJson for Tree {
    fn to_json(&self, out: &mut String) {
        let (values, cut) = tree::to_level_order(self, MAX_NODES);
        if cut {
            out.push_str("\"<tree larger than 2000000 nodes: cyclic?>\"");
            return;
        }
        out.push('[');
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            match v {
                Some(v) => v.to_json(out),
                None => out.push_str("null"),
            }
        }
        out.push(']');
    }
}

/// Writes a returned tree node by its value, as LeetCode compares it
/// (LC 236, 235: the values are unique). A node that is not one of the nodes
/// of `root` (a new node with the right value) is noted, not rejected.
pub fn put_node_of(root: &Tree, node: &Tree, out: &mut String) {
    match node {
        None => out.push_str("null"),
        Some(n) => {
            if !tree::contains_node(root, n) {
                crate::driver::note(&format!(
                    "the answer is a new node with value {}, not the node of the input tree \
                     (LeetCode compares values, so it accepts this; the problem asks for the node)",
                    n.borrow().val
                ));
            }
            n.borrow().val.to_json(out);
        }
    }
}

/// A handle to the node of `root` whose value is `v` (for arguments such as
/// LC 236's `p` and `q`, which LeetCode passes as nodes of the same tree).
pub fn node_of(root: &Tree, v: &Value) -> Result<Tree, String> {
    match v {
        Value::Null => Ok(None),
        _ => {
            let val = i32::from_json(v)?;
            match tree::find(root, val) {
                Some(n) => Ok(Some(n)),
                None => Err(format!("no node with value {val} in the tree")),
            }
        }
    }
}

/// Writes the copy of a graph as an adjacency list, after checking that it
/// is a deep copy: no node of `original` may appear in it (LC 133).
pub fn put_graph_copy(original: &Graph, copy: &Graph, out: &mut String) {
    match graph::describe_copy(original, copy) {
        Ok(adj) => adj.to_json(out),
        Err(why) => json::write_str(out, &format!("<{why}>")),
    }
}

/// A record of the input list of LC 138, taken before the call, for
/// [`put_random_list_copy`].
#[inline(never)]
pub fn random_list_snapshot(head: &RandomList) -> random_list::Snapshot {
    random_list::Snapshot::of(head)
}

/// Writes the copy of a list with random pointers as `[[val,
/// random_index], ...]`, after checking that it is a deep copy of the list
/// `original` recorded and that the original was left unchanged (LC 138).
pub fn put_random_list_copy(original: &random_list::Snapshot, copy: &RandomList, out: &mut String) {
    match random_list::describe_copy(original, copy) {
        Ok(pairs) => {
            out.push('[');
            for (i, (val, random)) in pairs.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                match random {
                    Some(r) => {
                        let _ = write!(out, "[{val},{r}]");
                    }
                    None => {
                        let _ = write!(out, "[{val},null]");
                    }
                }
            }
            out.push(']');
        }
        Err(why) => json::write_str(out, &format!("<{why}>")),
    }
}

/// Writes a returned list node as its index in the input list, or `null`
/// (LC 142: the node where the cycle begins).
pub fn put_rc_list_node_of(head: &RcList, node: &RcList, out: &mut String) {
    match node {
        None => out.push_str("null"),
        Some(n) => match rc_list::index_of(head, n, MAX_NODES) {
            Some(i) => (i as i64).to_json(out),
            None => json::write_str(
                out,
                &format!(
                    "<a node with value {} that is not part of the input list>",
                    n.borrow().val
                ),
            ),
        },
    }
}

/// Writes a tree that must be a new tree (LC 297's round trip): a node of
/// `original` inside it is reported instead of the tree.
pub fn put_tree_copy(original: &Tree, copy: &Tree, out: &mut String) {
    let mut originals = std::collections::HashSet::new();
    let mut stack = vec![original.clone()];
    while let Some(slot) = stack.pop() {
        if let Some(node) = slot {
            originals.insert(std::rc::Rc::as_ptr(&node));
            let n = node.borrow();
            stack.push(n.left.clone());
            stack.push(n.right.clone());
        }
    }
    let mut stack = vec![copy.clone()];
    while let Some(slot) = stack.pop() {
        if let Some(node) = slot {
            if originals.contains(&std::rc::Rc::as_ptr(&node)) {
                json::write_str(
                    out,
                    &format!(
                        "<the result reuses node {} of the input tree>",
                        node.borrow().val
                    ),
                );
                return;
            }
            let n = node.borrow();
            stack.push(n.left.clone());
            stack.push(n.right.clone());
        }
    }
    copy.to_json(out);
}

macro_rules! concrete {
    ($($name:ident, $put:ident: $ty:ty;)*) => {$(
        #[inline(never)]
        pub fn $name(v: &Value) -> Result<$ty, String> {
            <$ty as FromJson>::from_json(v)
        }
        #[inline(never)]
        pub fn $put(v: &$ty, out: &mut String) {
            v.to_json(out)
        }
    )*};
}

concrete! {
    i32, put_i32: i32;
    i64, put_i64: i64;
    f64, put_f64: f64;
    bool, put_bool: bool;
    string, put_string: String;
    char, put_char: char;
    vec_i32, put_vec_i32: Vec<i32>;
    vec_i64, put_vec_i64: Vec<i64>;
    vec_f64, put_vec_f64: Vec<f64>;
    vec_bool, put_vec_bool: Vec<bool>;
    vec_string, put_vec_string: Vec<String>;
    vec_char, put_vec_char: Vec<char>;
    vec_vec_i32, put_vec_vec_i32: Vec<Vec<i32>>;
    vec_vec_i64, put_vec_vec_i64: Vec<Vec<i64>>;
    vec_vec_char, put_vec_vec_char: Vec<Vec<char>>;
    vec_vec_string, put_vec_vec_string: Vec<Vec<String>>;
    vec_vec_bool, put_vec_vec_bool: Vec<Vec<bool>>;
    list, put_list: Option<Box<ListNode>>;
    vec_list, put_vec_list: Vec<Option<Box<ListNode>>>;
    tree, put_tree: Tree;
}

#[inline(never)]
pub fn graph(v: &Value) -> Result<Graph, String> {
    Graph::from_json(v)
}

#[inline(never)]
pub fn rc_list(v: &Value) -> Result<RcList, String> {
    RcList::from_json(v)
}

#[inline(never)]
pub fn random_list(v: &Value) -> Result<RandomList, String> {
    RandomList::from_json(v)
}

#[inline(never)]
pub fn put_unit(_: &(), out: &mut String) {
    out.push_str("null");
}

/// The operations and argument lists of a design-class case:
/// `[["KthLargest","add"],[[3,[4,5]],[3]]]`.
pub fn design(args: &[Value]) -> Result<(Vec<String>, &[Value]), String> {
    if args.len() != 2 {
        return Err(format!(
            "a design case is [operations, arguments]: expected 2 elements, found {}",
            args.len()
        ));
    }
    let ops = Vec::<String>::from_json(&args[0]).map_err(|e| format!("operations: {e}"))?;
    let lists = match &args[1] {
        Value::Arr(items) => items.as_slice(),
        other => return expected("an array of argument lists", other),
    };
    if ops.len() != lists.len() {
        return Err(format!(
            "{} operations but {} argument lists",
            ops.len(),
            lists.len()
        ));
    }
    Ok((ops, lists))
}

/// The arguments of one call: `args[i]` must be an array of `n` values.
pub fn call_args(v: &Value, n: usize) -> Result<&[Value], String> {
    match v {
        Value::Arr(items) if items.len() == n => Ok(items),
        Value::Arr(items) => Err(format!("expected {n} arguments, found {}", items.len())),
        other => expected("an argument list", other),
    }
}
