// Matches every closing bracket correctly but returns true at the end
// without checking that nothing is left open: "(((" passes.
impl Solution {
    pub fn is_valid(s: String) -> bool {
        let mut stack = Vec::new();
        for c in s.chars() {
            match c {
                '(' | '[' | '{' => stack.push(c),
                _ => {
                    let expected = match c {
                        ')' => '(',
                        ']' => '[',
                        _ => '{',
                    };
                    if stack.pop() != Some(expected) {
                        return false;
                    }
                }
            }
        }
        true
    }
}
