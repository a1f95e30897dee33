impl Solution {
    pub fn hamming_weight(n: i32) -> i32 {
        // The slowest approach LeetCode accepts: format the number in binary
        // and count the '1' characters (an allocation per call).
        format!("{:b}", n).chars().filter(|&c| c == '1').count() as i32
    }
}
