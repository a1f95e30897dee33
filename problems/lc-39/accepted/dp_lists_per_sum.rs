// The slowest approach LeetCode accepts: unbounded-knapsack DP that keeps,
// for every sum up to the target, the full list of combinations reaching it.
// Candidates are the outer loop, so each combination is built in one order
// only; every extension clones a whole combination, and lists are kept for
// sums that never lead to the target.
impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        let t = target as usize;
        let mut ways: Vec<Vec<Vec<i32>>> = vec![Vec::new(); t + 1];
        ways[0].push(Vec::new());
        for &c in &candidates {
            let c = c as usize;
            for sum in c..=t {
                let extended: Vec<Vec<i32>> = ways[sum - c]
                    .iter()
                    .map(|combo| {
                        let mut longer = combo.clone();
                        longer.push(c as i32);
                        longer
                    })
                    .collect();
                ways[sum].extend(extended);
            }
        }
        ways.swap_remove(t)
    }
}
