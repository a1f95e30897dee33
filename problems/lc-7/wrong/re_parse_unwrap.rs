impl Solution {
    pub fn reverse(x: i32) -> i32 {
        // Reverses the digits as a string, keeping the sign, and unwraps the
        // parse: when the reversed value is out of the i32 range, parse
        // fails and the unwrap panics.
        let digits: String = x.unsigned_abs().to_string().chars().rev().collect();
        let signed = if x < 0 { format!("-{digits}") } else { digits };
        signed.parse::<i32>().unwrap()
    }
}
