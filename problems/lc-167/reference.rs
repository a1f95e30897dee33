use std::cmp::Ordering;

impl Solution {
    pub fn two_sum(numbers: Vec<i32>, target: i32) -> Vec<i32> {
        let (mut lo, mut hi) = (0, numbers.len() - 1);
        while lo < hi {
            match (numbers[lo] + numbers[hi]).cmp(&target) {
                // numbers[lo] is too small even with the largest partner left.
                Ordering::Less => lo += 1,
                // numbers[hi] is too large even with the smallest partner left.
                Ordering::Greater => hi -= 1,
                Ordering::Equal => return vec![lo as i32 + 1, hi as i32 + 1],
            }
        }
        unreachable!("the input is guaranteed to have a solution")
    }
}
