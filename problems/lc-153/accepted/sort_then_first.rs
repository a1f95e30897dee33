// Sort a copy and take its first element: O(n log n), ignoring the rotation.
impl Solution {
    pub fn find_min(nums: Vec<i32>) -> i32 {
        let mut sorted = nums.clone();
        sorted.sort();
        sorted[0]
    }
}
