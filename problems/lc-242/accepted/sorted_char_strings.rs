// The slowest approach LeetCode accepts here: collect each string's chars,
// sort them with a comparison sort, and rebuild two Strings to compare,
// allocating at every step. Still O(n log n).
impl Solution {
    pub fn is_anagram(s: String, t: String) -> bool {
        let normal = |x: &str| {
            let mut v: Vec<char> = x.chars().collect();
            v.sort_by(|a, b| a.cmp(b));
            v.into_iter().collect::<String>()
        };
        normal(&s) == normal(&t)
    }
}
