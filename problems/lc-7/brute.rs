impl Solution {
    pub fn reverse(x: i32) -> i32 {
        // Reverse the decimal string of |x| in 64 bits, put the sign back,
        // and keep it only if it fits in an i32.
        let digits: String = (x as i64).abs().to_string().chars().rev().collect();
        let mut value: i64 = digits.parse().unwrap();
        if x < 0 {
            value = -value;
        }
        if value < i32::MIN as i64 || value > i32::MAX as i64 {
            0
        } else {
            value as i32
        }
    }
}
