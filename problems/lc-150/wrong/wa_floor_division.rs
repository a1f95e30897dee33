// Divides in floating point and rounds down (as Python's // does), which
// differs from truncation when the quotient is negative: 6 / -132 gives -1.
impl Solution {
    pub fn eval_rpn(tokens: Vec<String>) -> i32 {
        let mut stack: Vec<i64> = Vec::new();
        for t in tokens {
            match t.as_str() {
                "+" | "-" | "*" | "/" => {
                    let b = stack.pop().unwrap();
                    let a = stack.pop().unwrap();
                    stack.push(match t.as_str() {
                        "+" => a + b,
                        "-" => a - b,
                        "*" => a * b,
                        _ => (a as f64 / b as f64).floor() as i64,
                    });
                }
                _ => stack.push(t.parse().unwrap()),
            }
        }
        stack[0] as i32
    }
}
