// Pops the two operands and applies the operator to them in the order
// popped: for "-" and "/" that computes right - left and right / left. The
// answers are wrong, and as soon as a 0 is the left operand of a division
// ("0 5 /"), the swapped division divides by zero and panics.
impl Solution {
    pub fn eval_rpn(tokens: Vec<String>) -> i32 {
        let mut stack: Vec<i32> = Vec::new();
        for t in tokens {
            match t.as_str() {
                "+" | "-" | "*" | "/" => {
                    let a = stack.pop().unwrap();
                    let b = stack.pop().unwrap();
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
        stack[0]
    }
}
