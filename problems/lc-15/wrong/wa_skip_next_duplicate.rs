// Skips a first value when the NEXT one is equal (instead of the previous
// one), so triplets using that value twice, like [-1,-1,2], are lost.
impl Solution {
    pub fn three_sum(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        nums.sort();
        let n = nums.len();
        let mut res = Vec::new();
        for i in 0..n - 2 {
            if nums[i] == nums[i + 1] {
                continue;
            }
            let (mut l, mut r) = (i + 1, n - 1);
            while l < r {
                let s = nums[i] + nums[l] + nums[r];
                if s == 0 {
                    res.push(vec![nums[i], nums[l], nums[r]]);
                    while l < r && nums[l] == nums[l + 1] {
                        l += 1;
                    }
                    while l < r && nums[r] == nums[r - 1] {
                        r -= 1;
                    }
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
