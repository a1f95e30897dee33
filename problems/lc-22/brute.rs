impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        // Every string of 2n brackets, one per bit pattern (1 = '('), kept
        // if its running balance never goes negative and ends at zero.
        let len = 2 * n as u32;
        let mut out = Vec::new();
        for mask in 0u32..(1 << len) {
            let mut balance = 0i32;
            let mut ok = true;
            let mut s = String::new();
            for i in (0..len).rev() {
                if mask >> i & 1 == 1 {
                    balance += 1;
                    s.push('(');
                } else {
                    balance -= 1;
                    s.push(')');
                }
                if balance < 0 {
                    ok = false;
                    break;
                }
            }
            if ok && balance == 0 {
                out.push(s);
            }
        }
        out
    }
}
