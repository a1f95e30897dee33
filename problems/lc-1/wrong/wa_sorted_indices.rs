// Sorts the array and closes in with two pointers, but returns the positions
// in the sorted copy instead of the original indices.
impl Solution {
    pub fn two_sum(mut nums: Vec<i32>, target: i32) -> Vec<i32> {
        nums.sort();
        let (mut lo, mut hi) = (0, nums.len() - 1);
        while lo < hi {
            let sum = nums[lo] + nums[hi];
            if sum == target {
                return vec![lo as i32, hi as i32];
            } else if sum < target {
                lo += 1;
            } else {
                hi -= 1;
            }
        }
        vec![]
    }
}
