impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        fn extend(n: usize, open: usize, close: usize, cur: &mut String, out: &mut Vec<String>) {
            if close == n {
                out.push(cur.clone());
                return;
            }
            // Another '(' is allowed while fewer than n are used.
            if open < n {
                cur.push('(');
                extend(n, open + 1, close, cur, out);
                cur.pop();
            }
            // A ')' is allowed while it has an open bracket to close.
            if close < open {
                cur.push(')');
                extend(n, open, close + 1, cur, out);
                cur.pop();
            }
        }
        let n = n as usize;
        let mut out = Vec::new();
        extend(n, 0, 0, &mut String::with_capacity(2 * n), &mut out);
        out
    }
}
