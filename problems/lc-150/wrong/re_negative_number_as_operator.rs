// Tells operators from numbers by the first character only, so the number
// "-11" is taken for a minus sign: it pops operands that are not there yet
// and later an operator finds the stack empty (unwrap on None).
impl Solution {
    pub fn eval_rpn(tokens: Vec<String>) -> i32 {
        let mut stack: Vec<i32> = Vec::new();
        for t in &tokens {
            let first = t.as_bytes()[0];
            if first.is_ascii_digit() {
                stack.push(t.parse().unwrap());
                continue;
            }
            let b = stack.pop().unwrap();
            let a = stack.pop().unwrap();
            stack.push(match first {
                b'+' => a + b,
                b'-' => a - b,
                b'*' => a * b,
                _ => a / b,
            });
        }
        stack[0]
    }
}
