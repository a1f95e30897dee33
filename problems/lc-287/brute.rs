// Counts every value and returns the one seen more than once.
impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        let mut count = vec![0; nums.len() + 1];
        for &x in &nums {
            count[x as usize] += 1;
        }
        (1..count.len()).find(|&v| count[v] > 1).unwrap() as i32
    }
}
