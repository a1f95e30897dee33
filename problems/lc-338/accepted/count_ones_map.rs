impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        // An iterator over 0..=n with the standard population count.
        (0..=n).map(|i| i.count_ones() as i32).collect()
    }
}
