// Label propagation: every node starts with its own label, and every edge
// pulls both ends to the smaller label until nothing changes. The answer is
// the number of distinct labels.
impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let mut label: Vec<usize> = (0..n as usize).collect();
        loop {
            let mut changed = false;
            for e in &edges {
                let (a, b) = (e[0] as usize, e[1] as usize);
                let m = label[a].min(label[b]);
                if label[a] != m || label[b] != m {
                    label[a] = m;
                    label[b] = m;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        let mut distinct = label.clone();
        distinct.sort();
        distinct.dedup();
        distinct.len() as i32
    }
}
