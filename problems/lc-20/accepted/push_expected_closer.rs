// Push the closing bracket each opener expects; a closer must then equal
// the top of the stack.
impl Solution {
    pub fn is_valid(s: String) -> bool {
        let mut expect = Vec::new();
        for c in s.chars() {
            match c {
                '(' => expect.push(')'),
                '[' => expect.push(']'),
                '{' => expect.push('}'),
                _ => {
                    if expect.pop() != Some(c) {
                        return false;
                    }
                }
            }
        }
        expect.is_empty()
    }
}
