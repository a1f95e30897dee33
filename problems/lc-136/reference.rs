impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        // Equal values cancel under XOR (a ^ a = 0), in any order.
        nums.iter().fold(0, |acc, &x| acc ^ x)
    }
}
