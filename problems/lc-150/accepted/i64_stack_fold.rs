// A fold over the tokens with an i64 stack and checked parsing: a token is
// a number exactly when it parses as one.
impl Solution {
    pub fn eval_rpn(tokens: Vec<String>) -> i32 {
        tokens
            .iter()
            .fold(Vec::<i64>::new(), |mut st, t| {
                if let Ok(x) = t.parse::<i64>() {
                    st.push(x);
                } else {
                    let (b, a) = (st.pop().unwrap(), st.pop().unwrap());
                    st.push(match t.as_str() {
                        "+" => a + b,
                        "-" => a - b,
                        "*" => a * b,
                        _ => a / b,
                    });
                }
                st
            })
            .pop()
            .unwrap() as i32
    }
}
