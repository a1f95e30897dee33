// Recursion from the last token: an operator's right operand is the
// expression that ends just before it, and its left operand ends where the
// right one starts. (Recursion depth can reach 5000 here.)
impl Solution {
    pub fn eval_rpn(tokens: Vec<String>) -> i32 {
        fn eval(tokens: &[String], end: &mut usize) -> i32 {
            *end -= 1;
            let t = tokens[*end].as_str();
            match t {
                "+" | "-" | "*" | "/" => {
                    let right = eval(tokens, end);
                    let left = eval(tokens, end);
                    match t {
                        "+" => left + right,
                        "-" => left - right,
                        "*" => left * right,
                        _ => left / right,
                    }
                }
                _ => t.parse().unwrap(),
            }
        }
        let mut end = tokens.len();
        eval(&tokens, &mut end)
    }
}
