// Compares every pair of positions: O(n^2), about 5 * 10^9 comparisons when
// the 10^5 values are all different.
impl Solution {
    pub fn contains_duplicate(nums: Vec<i32>) -> bool {
        for i in 0..nums.len() {
            for j in i + 1..nums.len() {
                if nums[i] == nums[j] {
                    return true;
                }
            }
        }
        false
    }
}
