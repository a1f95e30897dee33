impl Solution {
    pub fn plus_one(digits: Vec<i32>) -> Vec<i32> {
        let mut digits = digits;
        let len = digits.len();
        if Self::add_at(&mut digits, len) {
            digits.insert(0, 1);
        }
        digits
    }

    // Adds one to the number formed by digits[..len]; returns the carry out.
    fn add_at(digits: &mut Vec<i32>, len: usize) -> bool {
        if len == 0 {
            return true;
        }
        if digits[len - 1] < 9 {
            digits[len - 1] += 1;
            false
        } else {
            digits[len - 1] = 0;
            Self::add_at(digits, len - 1)
        }
    }
}
