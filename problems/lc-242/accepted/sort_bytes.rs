// Sort both strings' bytes and compare: O(n log n).
impl Solution {
    pub fn is_anagram(s: String, t: String) -> bool {
        let mut a = s.into_bytes();
        let mut b = t.into_bytes();
        a.sort_unstable();
        b.sort_unstable();
        a == b
    }
}
