// The slowest approach LeetCode accepts: remove each repeated element with
// Vec::remove, which shifts everything after it one place left. O(n^2)
// element moves in the worst case (all equal: about 4.5 * 10^8 at n = 3 * 10^4,
// done by memmove).
impl Solution {
    pub fn remove_duplicates(nums: &mut Vec<i32>) -> i32 {
        let mut i = 1;
        while i < nums.len() {
            if nums[i] == nums[i - 1] {
                nums.remove(i);
            } else {
                i += 1;
            }
        }
        nums.len() as i32
    }
}
