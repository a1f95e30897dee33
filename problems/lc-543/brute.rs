use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn diameter_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Number the nodes, write down the edges, and run a breadth-first
        // search from every node: the diameter is the largest distance found.
        let mut adj: Vec<Vec<usize>> = Vec::new();
        let mut stack: Vec<(Rc<RefCell<TreeNode>>, Option<usize>)> = Vec::new();
        if let Some(r) = root {
            stack.push((r, None));
        }
        while let Some((node, parent)) = stack.pop() {
            let id = adj.len();
            adj.push(Vec::new());
            if let Some(p) = parent {
                adj[p].push(id);
                adj[id].push(p);
            }
            let n = node.borrow();
            for child in [&n.left, &n.right].into_iter().flatten() {
                stack.push((child.clone(), Some(id)));
            }
        }
        let mut best = 0;
        for start in 0..adj.len() {
            let mut dist = vec![usize::MAX; adj.len()];
            dist[start] = 0;
            let mut queue = VecDeque::from([start]);
            while let Some(u) = queue.pop_front() {
                best = best.max(dist[u]);
                for &v in &adj[u] {
                    if dist[v] == usize::MAX {
                        dist[v] = dist[u] + 1;
                        queue.push_back(v);
                    }
                }
            }
        }
        best as i32
    }
}
