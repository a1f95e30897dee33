// Sort the indices by value, then close in from both ends: O(n log n).
impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut order: Vec<usize> = (0..nums.len()).collect();
        order.sort_unstable_by_key(|&i| nums[i]);
        let (mut lo, mut hi) = (0, order.len() - 1);
        while lo < hi {
            let sum = nums[order[lo]] as i64 + nums[order[hi]] as i64;
            match sum.cmp(&(target as i64)) {
                std::cmp::Ordering::Less => lo += 1,
                std::cmp::Ordering::Greater => hi -= 1,
                std::cmp::Ordering::Equal => return vec![order[lo] as i32, order[hi] as i32],
            }
        }
        vec![]
    }
}
