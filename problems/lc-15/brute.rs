use std::collections::BTreeSet;

impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let n = nums.len();
        let mut found = BTreeSet::new();
        for i in 0..n {
            for j in i + 1..n {
                for k in j + 1..n {
                    if nums[i] as i64 + nums[j] as i64 + nums[k] as i64 == 0 {
                        let mut t = vec![nums[i], nums[j], nums[k]];
                        t.sort();
                        found.insert(t);
                    }
                }
            }
        }
        found.into_iter().collect()
    }
}
