//! judge-harness: the small library linked into every judged solution.
//!
//! It owns LeetCode's data types (`ListNode`, `TreeNode`, with LeetCode's
//! exact fields, derives and `new`), LeetCode's literal formats (JSON-like
//! arrays, level-order trees with `null`, lists as arrays), and the case
//! driver that runs a solution over many cases in one process.
//!
//! It does not know about problems, expected answers or verdicts: those stay
//! in the judge, outside the sandboxed process. The judge compiles this crate
//! once with `rustc` into a cached rlib, so it has no dependencies and every
//! function the generated glue calls is monomorphic (instantiated here, not in
//! the user's crate, which keeps the user's compile fast).

pub mod checker;
pub mod conv;
pub mod driver;
pub mod gen;
pub mod graph;
pub mod json;
pub mod list;
pub mod random_list;
pub mod rc_list;
pub mod tree;

pub use graph::Node;
pub use list::ListNode;
pub use random_list::RandomListNode;
pub use rc_list::RcListNode;
pub use tree::TreeNode;
