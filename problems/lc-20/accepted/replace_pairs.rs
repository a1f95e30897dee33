// The slowest approach LeetCode accepts: delete adjacent matching pairs
// until nothing changes. O(n^2) on deep nesting (one pair per round).
impl Solution {
    pub fn is_valid(s: String) -> bool {
        let mut s = s;
        while s.contains("()") || s.contains("[]") || s.contains("{}") {
            s = s.replace("()", "").replace("[]", "").replace("{}", "");
        }
        s.is_empty()
    }
}
