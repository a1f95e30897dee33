// Pops with unwrap on every closing bracket: a closer with nothing open
// (the string "]") pops an empty stack and panics.
impl Solution {
    pub fn is_valid(s: String) -> bool {
        let mut stack = Vec::new();
        for c in s.chars() {
            match c {
                '(' | '[' | '{' => stack.push(c),
                _ => {
                    let top = stack.pop().unwrap();
                    let ok = matches!((top, c), ('(', ')') | ('[', ']') | ('{', '}'));
                    if !ok {
                        return false;
                    }
                }
            }
        }
        stack.is_empty()
    }
}
