impl Solution {
    pub fn is_valid(s: String) -> bool {
        // The opening brackets still waiting to be closed, innermost last.
        let mut open: Vec<u8> = Vec::with_capacity(s.len());
        for b in s.bytes() {
            let partner = match b {
                b')' => b'(',
                b']' => b'[',
                b'}' => b'{',
                _ => {
                    open.push(b);
                    continue;
                }
            };
            if open.pop() != Some(partner) {
                return false;
            }
        }
        open.is_empty()
    }
}
