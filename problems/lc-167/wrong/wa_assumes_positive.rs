// Prunes every value larger than the target before the two-pointer scan, as
// if all values were positive. With negative values the pair can use a value
// above the target (-1 + 0 = -1), and it is thrown away.
impl Solution {
    pub fn two_sum(numbers: Vec<i32>, target: i32) -> Vec<i32> {
        let mut r = numbers.len() - 1;
        while r > 0 && numbers[r] > target {
            r -= 1;
        }
        let mut l = 0;
        while l < r {
            let sum = numbers[l] + numbers[r];
            if sum == target {
                return vec![l as i32 + 1, r as i32 + 1];
            } else if sum < target {
                l += 1;
            } else {
                r -= 1;
            }
        }
        vec![]
    }
}
