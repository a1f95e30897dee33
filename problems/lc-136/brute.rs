impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        // Count the occurrences of every value; return the one seen once.
        for &x in &nums {
            if nums.iter().filter(|&&y| y == x).count() == 1 {
                return x;
            }
        }
        unreachable!("the input has a value that occurs once")
    }
}
