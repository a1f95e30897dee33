// LeetCode's "hashmap" approach with arrays: count s1 once, then count every
// window of s2 of the same length from scratch and compare the 26 counts.
// O(l1 * (l2 - l1)), at most 2.5 * 10^7 steps here.
impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        let (a, b) = (s1.as_bytes(), s2.as_bytes());
        if a.len() > b.len() {
            return false;
        }
        let mut want = [0u32; 26];
        for &c in a {
            want[(c - b'a') as usize] += 1;
        }
        for start in 0..=b.len() - a.len() {
            let mut have = [0u32; 26];
            for &c in &b[start..start + a.len()] {
                have[(c - b'a') as usize] += 1;
            }
            if have == want {
                return true;
            }
        }
        false
    }
}
