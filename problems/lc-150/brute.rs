impl Solution {
    pub fn eval_rpn(tokens: Vec<String>) -> i32 {
        // Rewrite the token list: find the first operator, replace it and
        // its two operands by the result, and start over, until one token
        // is left. Computed in i64, truncating division by hand.
        let mut t: Vec<String> = tokens;
        while t.len() > 1 {
            let i = t.iter().position(|x| ["+", "-", "*", "/"].contains(&x.as_str())).unwrap();
            let a: i64 = t[i - 2].parse().unwrap();
            let b: i64 = t[i - 1].parse().unwrap();
            let v = match t[i].as_str() {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                _ => {
                    let q = a.abs() / b.abs();
                    if (a < 0) != (b < 0) { -q } else { q }
                }
            };
            t.splice(i - 2..=i, [v.to_string()]);
        }
        t[0].parse::<i64>().unwrap() as i32
    }
}
