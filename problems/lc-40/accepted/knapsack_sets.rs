// The slowest approach LeetCode accepts: a 0/1 knapsack over the positions
// that keeps, for every sum up to the target, the set of sorted
// combinations reaching it; sums are walked downwards so that each position
// is used at most once, and every extension clones a combination.
use std::collections::HashSet;

impl Solution {
    pub fn combination_sum2(mut candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        candidates.sort();
        let t = target as usize;
        let mut sets: Vec<HashSet<Vec<i32>>> = vec![HashSet::new(); t + 1];
        sets[0].insert(Vec::new());
        for &c in &candidates {
            let c = c as usize;
            if c > t {
                continue;
            }
            for sum in (c..=t).rev() {
                let extended: Vec<Vec<i32>> = sets[sum - c]
                    .iter()
                    .map(|combo| {
                        let mut longer = combo.clone();
                        longer.push(c as i32);
                        longer
                    })
                    .collect();
                sets[sum].extend(extended);
            }
        }
        sets.swap_remove(t).into_iter().collect()
    }
}
