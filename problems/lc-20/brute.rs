impl Solution {
    pub fn is_valid(s: String) -> bool {
        // Delete adjacent matching pairs until none is left; a matched
        // string disappears completely.
        let mut s = s;
        loop {
            let t = s.replace("()", "").replace("[]", "").replace("{}", "");
            if t.len() == s.len() {
                return t.is_empty();
            }
            s = t;
        }
    }
}
