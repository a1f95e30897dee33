impl Solution {
    pub fn valid_tree(n: i32, edges: Vec<Vec<i32>>) -> bool {
        // Straight from the definition, without the edge-count shortcut:
        // connected (everything reachable from node 0), and no cycle (every
        // edge is a bridge: without it, its two ends fall apart).
        let n = n as usize;
        let reach = |skip: Option<usize>, from: usize| -> Vec<bool> {
            let mut seen = vec![false; n];
            seen[from] = true;
            let mut changed = true;
            while changed {
                changed = false;
                for (i, e) in edges.iter().enumerate() {
                    if Some(i) == skip {
                        continue;
                    }
                    let (a, b) = (e[0] as usize, e[1] as usize);
                    if seen[a] != seen[b] {
                        seen[a] = true;
                        seen[b] = true;
                        changed = true;
                    }
                }
            }
            seen
        };
        if !reach(None, 0).iter().all(|&s| s) {
            return false;
        }
        for (i, e) in edges.iter().enumerate() {
            if reach(Some(i), e[0] as usize)[e[1] as usize] {
                return false;
            }
        }
        true
    }
}
