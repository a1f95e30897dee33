// Cascading without a set: after sorting, a value equal to the previous one
// extends only the subsets created in the previous round (those already
// holding a copy of it); any other value extends every subset.
impl Solution {
    pub fn subsets_with_dup(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        nums.sort_unstable();
        let mut all: Vec<Vec<i32>> = vec![Vec::new()];
        let mut last_round = 0..1;
        for (i, &x) in nums.iter().enumerate() {
            let from = if i > 0 && nums[i - 1] == x { last_round.start } else { 0 };
            let end = all.len();
            for k in from..end {
                let mut bigger = all[k].clone();
                bigger.push(x);
                all.push(bigger);
            }
            last_round = end..all.len();
        }
        all
    }
}
