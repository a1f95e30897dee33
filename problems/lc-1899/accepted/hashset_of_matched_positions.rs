use std::collections::HashSet;

impl Solution {
    pub fn merge_triplets(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
        // Skip the triplets that overshoot the target; of the rest, record
        // which positions they match in a set (a hash insert per match).
        let mut matched: HashSet<usize> = HashSet::new();
        for t in triplets.iter() {
            if t.iter().zip(target.iter()).any(|(a, b)| a > b) {
                continue;
            }
            for (k, v) in t.iter().enumerate() {
                if *v == target[k] {
                    matched.insert(k);
                }
            }
        }
        matched.len() == 3
    }
}
