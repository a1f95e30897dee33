impl Solution {
    pub fn plus_one(digits: Vec<i32>) -> Vec<i32> {
        // Paper addition of the number and 1, least significant digit first,
        // with an explicit carry into every column.
        let mut out = Vec::new();
        let mut carry = 1;
        for &d in digits.iter().rev() {
            let s = d + carry;
            out.push(s % 10);
            carry = s / 10;
        }
        if carry > 0 {
            out.push(carry);
        }
        out.reverse();
        out
    }
}
