use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Number the nodes parents-first, then handle them in reverse, so
        // both children's gains are ready when a node is reached.
        let mut nodes: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        let mut kids: Vec<[Option<usize>; 2]> = Vec::new();
        let mut i = 0;
        while i < nodes.len() {
            let (l, r) = {
                let n = nodes[i].borrow();
                (n.left.clone(), n.right.clone())
            };
            let mut slot = [None, None];
            for (side, child) in [l, r].into_iter().enumerate() {
                if let Some(c) = child {
                    slot[side] = Some(nodes.len());
                    nodes.push(c);
                }
            }
            kids.push(slot);
            i += 1;
        }
        let mut gain = vec![0; nodes.len()];
        let mut best = i32::MIN;
        for i in (0..nodes.len()).rev() {
            let val = nodes[i].borrow().val;
            let [l, r] = kids[i].map(|c| c.map_or(0, |c| gain[c]).max(0));
            best = best.max(val + l + r);
            gain[i] = val + l.max(r);
        }
        best
    }
}
