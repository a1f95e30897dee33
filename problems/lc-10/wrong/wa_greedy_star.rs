// Lets every starred unit swallow as many letters as it can and never gives
// any back: "aaa" against "a*a" leaves nothing for the final 'a'.
impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        let s = s.as_bytes();
        let p = p.as_bytes();
        let (mut i, mut j) = (0, 0);
        while j < p.len() {
            let c = p[j];
            if j + 1 < p.len() && p[j + 1] == b'*' {
                while i < s.len() && (c == b'.' || c == s[i]) {
                    i += 1;
                }
                j += 2;
            } else {
                if i == s.len() || (c != b'.' && c != s[i]) {
                    return false;
                }
                i += 1;
                j += 1;
            }
        }
        i == s.len()
    }
}
