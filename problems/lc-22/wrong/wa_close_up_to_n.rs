// Allows a ')' whenever fewer than n have been used, instead of fewer than
// the '(' used so far: strings such as "())(" slip in.
impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        fn go(n: i32, open: i32, close: i32, cur: &mut String, out: &mut Vec<String>) {
            if open == n && close == n {
                out.push(cur.clone());
                return;
            }
            if open < n {
                cur.push('(');
                go(n, open + 1, close, cur, out);
                cur.pop();
            }
            if close < n {
                cur.push(')');
                go(n, open, close + 1, cur, out);
                cur.pop();
            }
        }
        let mut out = Vec::new();
        go(n, 0, 0, &mut String::new(), &mut out);
        out
    }
}
