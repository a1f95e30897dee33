// Greedy: always bursts the smallest balloon left, hoping to keep the large
// numbers around to multiply. [3,1,5,8] gives 78 instead of 167.
impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        let mut row = nums;
        let mut total = 0;
        while !row.is_empty() {
            let mut i = 0;
            for j in 1..row.len() {
                if row[j] < row[i] {
                    i = j;
                }
            }
            let left = if i > 0 { row[i - 1] } else { 1 };
            let right = if i + 1 < row.len() { row[i + 1] } else { 1 };
            total += left * row[i] * right;
            row.remove(i);
        }
        total
    }
}
