impl Solution {
    pub fn three_sum(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        nums.sort_unstable();
        let n = nums.len();
        let mut triplets = Vec::new();
        for i in 0..n {
            let first = nums[i];
            if first > 0 {
                // Everything to the right is positive too.
                break;
            }
            if i > 0 && nums[i - 1] == first {
                continue;
            }
            let (mut lo, mut hi) = (i + 1, n - 1);
            while lo < hi {
                let sum = first + nums[lo] + nums[hi];
                if sum < 0 {
                    lo += 1;
                } else if sum > 0 {
                    hi -= 1;
                } else {
                    triplets.push(vec![first, nums[lo], nums[hi]]);
                    let (low, high) = (nums[lo], nums[hi]);
                    while lo < hi && nums[lo] == low {
                        lo += 1;
                    }
                    while lo < hi && nums[hi] == high {
                        hi -= 1;
                    }
                }
            }
        }
        triplets
    }
}
