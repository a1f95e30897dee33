use std::collections::BTreeSet;

impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        // Twice the sum of the distinct values counts the single one twice
        // and every paired value twice: subtracting the total leaves it.
        let distinct: BTreeSet<i32> = nums.iter().copied().collect();
        let twice: i64 = 2 * distinct.iter().map(|&x| x as i64).sum::<i64>();
        let total: i64 = nums.iter().map(|&x| x as i64).sum();
        (twice - total) as i32
    }
}
