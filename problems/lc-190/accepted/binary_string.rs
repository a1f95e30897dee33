impl Solution {
    pub fn reverse_bits(n: i32) -> i32 {
        // The slowest approach LeetCode accepts: pad to 32 binary digits,
        // reverse the string and parse it back.
        let reversed: String = format!("{:032b}", n).chars().rev().collect();
        i32::from_str_radix(&reversed, 2).unwrap()
    }
}
