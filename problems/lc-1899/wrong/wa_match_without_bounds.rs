impl Solution {
    pub fn merge_triplets(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
        // Records a position as matched whenever some triplet has the target
        // value there, without checking that its other values stay within
        // the target.
        let mut matched = [false; 3];
        for t in &triplets {
            for k in 0..3 {
                if t[k] == target[k] {
                    matched[k] = true;
                }
            }
        }
        matched.iter().all(|&m| m)
    }
}
