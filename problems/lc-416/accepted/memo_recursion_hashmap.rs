// Top-down: can(i, rest) = can the numbers from index i on make exactly
// rest? Either take nums[i] or skip it; answers are memoized in a HashMap
// keyed by i and rest packed into one u32, up to n * sum / 2 = 2 * 10^6
// entries.
use std::collections::HashMap;

impl Solution {
    pub fn can_partition(nums: Vec<i32>) -> bool {
        fn can(nums: &[i32], i: usize, rest: i32, memo: &mut HashMap<u32, bool>) -> bool {
            if rest == 0 {
                return true;
            }
            if rest < 0 || i == nums.len() {
                return false;
            }
            let key = (i as u32) << 16 | rest as u32;
            if let Some(&v) = memo.get(&key) {
                return v;
            }
            let v = can(nums, i + 1, rest - nums[i], memo) || can(nums, i + 1, rest, memo);
            memo.insert(key, v);
            v
        }
        let total: i32 = nums.iter().sum();
        if total % 2 == 1 {
            return false;
        }
        let mut memo = HashMap::new();
        can(&nums, 0, total / 2, &mut memo)
    }
}
