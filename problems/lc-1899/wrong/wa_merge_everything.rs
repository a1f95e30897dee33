impl Solution {
    pub fn merge_triplets(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
        // Merges every triplet, including those that overshoot the target
        // somewhere, and compares the result with the target.
        let mut merged = vec![0; 3];
        for t in &triplets {
            for k in 0..3 {
                merged[k] = merged[k].max(t[k]);
            }
        }
        merged == target
    }
}
