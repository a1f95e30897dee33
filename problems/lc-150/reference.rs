impl Solution {
    pub fn eval_rpn(tokens: Vec<String>) -> i32 {
        let mut stack: Vec<i32> = Vec::with_capacity(tokens.len());
        for token in &tokens {
            let op = match token.as_str() {
                "+" | "-" | "*" | "/" => token.as_bytes()[0],
                number => {
                    stack.push(number.parse().unwrap());
                    continue;
                }
            };
            // The right operand is on top.
            let right = stack.pop().unwrap();
            let left = stack.pop().unwrap();
            stack.push(match op {
                b'+' => left + right,
                b'-' => left - right,
                b'*' => left * right,
                // Integer division in Rust truncates toward zero.
                _ => left / right,
            });
        }
        stack[0]
    }
}
