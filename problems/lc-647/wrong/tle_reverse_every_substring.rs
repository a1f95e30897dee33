// Builds every substring as a String and compares it with a reversed copy:
// n^2 / 2 substrings, each copied and reversed in O(n), O(n^3) in all.
impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        let n = s.len();
        let mut count = 0;
        for i in 0..n {
            for j in i + 1..=n {
                let sub = s[i..j].to_string();
                let rev: String = sub.chars().rev().collect();
                if sub == rev {
                    count += 1;
                }
            }
        }
        count
    }
}
