impl Solution {
    pub fn merge_triplets(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
        // Merging never lowers a value, so a triplet above the target in any
        // position is unusable; all the others can be merged in freely. The
        // target is reachable iff the usable triplets match each of its
        // three positions somewhere.
        let mut matched = [false; 3];
        for t in &triplets {
            if (0..3).all(|k| t[k] <= target[k]) {
                for k in 0..3 {
                    if t[k] == target[k] {
                        matched[k] = true;
                    }
                }
            }
        }
        matched.iter().all(|&m| m)
    }
}
