// The slowest approach LeetCode accepts: the recursive definition without a
// memo, written as LeetCode's first official approach is, calling the
// function itself on copies of the remaining string and pattern. Exponential
// in the number of starred units, but with |s|, |p| <= 20 it stays fast
// enough to be accepted.
impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        if p.is_empty() {
            return s.is_empty();
        }
        let sb = s.as_bytes();
        let pb = p.as_bytes();
        let first = !sb.is_empty() && (pb[0] == sb[0] || pb[0] == b'.');
        if pb.len() >= 2 && pb[1] == b'*' {
            Self::is_match(s.clone(), p[2..].to_string())
                || (first && Self::is_match(s[1..].to_string(), p))
        } else {
            first && Self::is_match(s[1..].to_string(), p[1..].to_string())
        }
    }
}
