// Every choice of positions (2^n masks, small inputs only); the chosen
// values are sorted and collected in a BTreeSet, which drops repeats.
use std::collections::BTreeSet;

impl Solution {
    pub fn combination_sum2(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        let n = candidates.len();
        let mut found = BTreeSet::new();
        for mask in 0u64..1 << n {
            let mut pick: Vec<i32> = (0..n).filter(|&i| mask >> i & 1 == 1).map(|i| candidates[i]).collect();
            if pick.iter().sum::<i32>() == target {
                pick.sort();
                found.insert(pick);
            }
        }
        found.into_iter().collect()
    }
}
