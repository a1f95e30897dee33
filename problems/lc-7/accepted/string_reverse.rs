impl Solution {
    pub fn reverse(x: i32) -> i32 {
        // The slowest approach LeetCode accepts: reverse the digits as a
        // string and let parse::<i32> reject a value out of range.
        let digits: String = x.unsigned_abs().to_string().chars().rev().collect();
        let signed = if x < 0 { format!("-{digits}") } else { digits };
        signed.parse::<i32>().unwrap_or(0)
    }
}
