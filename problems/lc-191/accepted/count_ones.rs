impl Solution {
    pub fn hamming_weight(n: i32) -> i32 {
        // The standard library's population count (one instruction on most CPUs).
        n.count_ones() as i32
    }
}
