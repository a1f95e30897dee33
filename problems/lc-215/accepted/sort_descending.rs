// Sort from largest to smallest and read position k - 1.
impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        nums.sort_by(|a, b| b.cmp(a));
        nums[k as usize - 1]
    }
}
