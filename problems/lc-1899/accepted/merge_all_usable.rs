impl Solution {
    pub fn merge_triplets(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
        // Actually perform the merges: fold every usable triplet into one
        // running triplet, then compare it with the target.
        let mut merged = vec![0; 3];
        for t in &triplets {
            if t[0] <= target[0] && t[1] <= target[1] && t[2] <= target[2] {
                merged = merged.iter().zip(t).map(|(a, b)| *a.max(b)).collect();
            }
        }
        merged == target
    }
}
