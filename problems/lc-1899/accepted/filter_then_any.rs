impl Solution {
    pub fn merge_triplets(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
        // Keep the usable triplets, then ask position by position whether
        // one of them hits the target value there.
        let usable: Vec<&Vec<i32>> = triplets
            .iter()
            .filter(|t| t.iter().zip(&target).all(|(a, b)| a <= b))
            .collect();
        (0..3).all(|k| usable.iter().any(|t| t[k] == target[k]))
    }
}
