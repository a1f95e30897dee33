// A plain scan, stopping once the values pass the target (the array is
// sorted). O(n) instead of O(log n), at most 10^4 steps here.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        for (i, &x) in nums.iter().enumerate() {
            if x == target {
                return i as i32;
            }
            if x > target {
                break;
            }
        }
        -1
    }
}
