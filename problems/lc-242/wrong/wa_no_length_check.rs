// Counts the letters of s, then checks off each letter of t, but never looks
// at the lengths or at what is left over: letters of s that t does not use
// are forgotten, so "aab" against "ab" passes.
impl Solution {
    pub fn is_anagram(s: String, t: String) -> bool {
        let mut count = [0i32; 26];
        for b in s.bytes() {
            count[(b - b'a') as usize] += 1;
        }
        for b in t.bytes() {
            let c = &mut count[(b - b'a') as usize];
            if *c == 0 {
                return false;
            }
            *c -= 1;
        }
        true
    }
}
