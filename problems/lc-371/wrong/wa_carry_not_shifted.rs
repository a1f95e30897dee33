impl Solution {
    pub fn get_sum(a: i32, b: i32) -> i32 {
        // Forgets to shift the carry into the next column: the carries are
        // added back into the column they came from, and the loop ends with
        // a | b.
        let (mut a, mut b) = (a, b);
        while b != 0 {
            let carry = a & b;
            a ^= b;
            b = carry;
        }
        a
    }
}
