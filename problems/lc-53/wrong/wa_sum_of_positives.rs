// Adds up every positive number (or takes the largest number when none is
// positive), as if the block could skip the negative numbers inside it.
impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        let positive: i32 = nums.iter().filter(|&&x| x > 0).sum();
        if positive > 0 { positive } else { *nums.iter().max().unwrap() }
    }
}
