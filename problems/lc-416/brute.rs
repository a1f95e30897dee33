impl Solution {
    pub fn can_partition(nums: Vec<i32>) -> bool {
        // Every way to put each number into group A or group B.
        fn split(nums: &[i32], a: i32, b: i32) -> bool {
            match nums.split_first() {
                None => a == b,
                Some((&x, rest)) => split(rest, a + x, b) || split(rest, a, b + x),
            }
        }
        split(&nums, 0, 0)
    }
}
