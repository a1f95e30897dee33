// Compares every pair of positions: O(n^2), about 5 * 10^9 comparisons when
// the two copies sit at the end of an array of 10^5 + 1 values.
impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        for i in 0..nums.len() {
            for j in i + 1..nums.len() {
                if nums[i] == nums[j] {
                    return nums[i];
                }
            }
        }
        -1
    }
}
