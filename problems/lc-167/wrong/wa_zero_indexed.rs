// Correct two-pointer search, but returns the 0-based positions.
impl Solution {
    pub fn two_sum(numbers: Vec<i32>, target: i32) -> Vec<i32> {
        let (mut l, mut r) = (0, numbers.len() - 1);
        while l < r {
            let sum = numbers[l] + numbers[r];
            if sum == target {
                return vec![l as i32, r as i32];
            } else if sum < target {
                l += 1;
            } else {
                r -= 1;
            }
        }
        vec![]
    }
}
