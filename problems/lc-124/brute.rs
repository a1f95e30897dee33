use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Number the nodes with their parents and depths, then add up the
        // path between every pair of nodes (a node with itself included) by
        // climbing from the deeper end until the two ends meet.
        let (mut val, mut parent, mut depth) = (Vec::new(), Vec::new(), Vec::new());
        let mut stack: Vec<(Rc<RefCell<TreeNode>>, usize, usize)> = Vec::new();
        if let Some(r) = root {
            stack.push((r, usize::MAX, 0));
        }
        while let Some((node, p, d)) = stack.pop() {
            let id = val.len();
            let n = node.borrow();
            val.push(n.val);
            parent.push(p);
            depth.push(d);
            for child in [&n.left, &n.right].into_iter().flatten() {
                stack.push((child.clone(), id, d + 1));
            }
        }
        let mut best = i32::MIN;
        for a in 0..val.len() {
            for b in a..val.len() {
                let (mut x, mut y) = (a, b);
                let mut sum = 0;
                while x != y {
                    if depth[x] < depth[y] {
                        std::mem::swap(&mut x, &mut y);
                    }
                    sum += val[x];
                    x = parent[x];
                }
                best = best.max(sum + val[x]);
            }
        }
        best
    }
}
