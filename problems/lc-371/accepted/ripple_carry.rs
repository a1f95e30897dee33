impl Solution {
    pub fn get_sum(a: i32, b: i32) -> i32 {
        // The slowest approach LeetCode accepts: a ripple-carry adder, one
        // full adder per bit for all 32 bits, on the unsigned bit patterns.
        let (x, y) = (a as u32, b as u32);
        let mut result: u32 = 0;
        let mut carry = 0;
        for i in 0..32 {
            let p = (x >> i) & 1;
            let q = (y >> i) & 1;
            result |= (p ^ q ^ carry) << i;
            carry = (p & q) | (carry & (p ^ q));
        }
        result as i32
    }
}
