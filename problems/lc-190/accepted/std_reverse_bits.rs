impl Solution {
    pub fn reverse_bits(n: i32) -> i32 {
        // The standard library's bit reversal, on the same 32 bits.
        n.reverse_bits()
    }
}
