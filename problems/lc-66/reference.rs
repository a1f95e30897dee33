impl Solution {
    pub fn plus_one(mut digits: Vec<i32>) -> Vec<i32> {
        // Trailing 9s turn into 0s; the first digit below 9 takes the carry.
        for d in digits.iter_mut().rev() {
            if *d < 9 {
                *d += 1;
                return digits;
            }
            *d = 0;
        }
        // Every digit was a 9: the result is 1 followed by zeros.
        digits.insert(0, 1);
        digits
    }
}
