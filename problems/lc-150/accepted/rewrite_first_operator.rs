// The slowest approach LeetCode accepts: repeatedly find the first operator,
// replace it and its two operands by the result (as a new String), and
// search again from the start. O(n^2): each round rescans and shifts the list.
impl Solution {
    pub fn eval_rpn(tokens: Vec<String>) -> i32 {
        let mut t = tokens;
        while t.len() > 1 {
            let i = t
                .iter()
                .position(|x| x == "+" || x == "-" || x == "*" || x == "/")
                .unwrap();
            let a: i32 = t[i - 2].parse().unwrap();
            let b: i32 = t[i - 1].parse().unwrap();
            let v = match t[i].as_str() {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                _ => a / b,
            };
            t.remove(i);
            t.remove(i - 1);
            t[i - 2] = v.to_string();
        }
        t[0].parse().unwrap()
    }
}
