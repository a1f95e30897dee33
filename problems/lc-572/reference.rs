use std::cell::RefCell;
use std::rc::Rc;

/// A pre-order token: a node's value, or the marker for a missing child.
const MISSING: i64 = i64::MIN;

impl Solution {
    pub fn is_subtree(root: Option<Rc<RefCell<TreeNode>>>, sub_root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // With a marker for every missing child, a pre-order listing fixes
        // the tree, and a subtree's listing is a contiguous run of tokens
        // in the whole tree's listing. So: search for sub_root's tokens in
        // root's tokens with KMP, in O(m + n).
        let (mut text, mut pattern) = (Vec::new(), Vec::new());
        Self::tokens(&root, &mut text);
        Self::tokens(&sub_root, &mut pattern);
        Self::occurs(&pattern, &text)
    }

    fn tokens(node: &Option<Rc<RefCell<TreeNode>>>, out: &mut Vec<i64>) {
        match node {
            None => out.push(MISSING),
            Some(node) => {
                let n = node.borrow();
                out.push(n.val as i64);
                Self::tokens(&n.left, out);
                Self::tokens(&n.right, out);
            }
        }
    }

    /// Knuth-Morris-Pratt: whether `pattern` occurs in `text`.
    fn occurs(pattern: &[i64], text: &[i64]) -> bool {
        // fail[i]: the length of the longest proper border of pattern[..=i].
        let mut fail = vec![0; pattern.len()];
        let mut k = 0;
        for i in 1..pattern.len() {
            while k > 0 && pattern[i] != pattern[k] {
                k = fail[k - 1];
            }
            if pattern[i] == pattern[k] {
                k += 1;
            }
            fail[i] = k;
        }
        let mut k = 0;
        for &t in text {
            while k > 0 && t != pattern[k] {
                k = fail[k - 1];
            }
            if t == pattern[k] {
                k += 1;
                if k == pattern.len() {
                    return true;
                }
            }
        }
        false
    }
}
