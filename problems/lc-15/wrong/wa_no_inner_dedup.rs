// Skips repeated first values but, after a match, moves the two pointers by
// one step only: equal neighbours produce the same triplet again.
impl Solution {
    pub fn three_sum(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        nums.sort();
        let n = nums.len();
        let mut res = Vec::new();
        for i in 0..n - 2 {
            if i > 0 && nums[i] == nums[i - 1] {
                continue;
            }
            let (mut l, mut r) = (i + 1, n - 1);
            while l < r {
                let s = nums[i] + nums[l] + nums[r];
                if s == 0 {
                    res.push(vec![nums[i], nums[l], nums[r]]);
                    l += 1;
                    r -= 1;
                } else if s < 0 {
                    l += 1;
                } else {
                    r -= 1;
                }
            }
        }
        res
    }
}
