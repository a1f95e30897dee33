impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        // The slowest approach LeetCode accepts: format every number in
        // binary (one allocation each) and count the '1' characters.
        (0..=n)
            .map(|i| format!("{:b}", i).bytes().filter(|&b| b == b'1').count() as i32)
            .collect()
    }
}
