impl Solution {
    pub fn get_sum(a: i32, b: i32) -> i32 {
        // a ^ b adds without carries; (a & b) << 1 is the carries. Repeat
        // until there are none. A carry shifted out of bit 31 is dropped,
        // as in two's complement addition, so this takes at most 32 rounds.
        let (mut a, mut b) = (a, b);
        while b != 0 {
            let carry = (a & b) << 1;
            a ^= b;
            b = carry;
        }
        a
    }
}
