impl Solution {
    pub fn get_sum(a: i32, b: i32) -> i32 {
        // The plain sum, as a reference point (not what the problem wants).
        a + b
    }
}
