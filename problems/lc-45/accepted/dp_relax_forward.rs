impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        // best[i] = fewest jumps to reach i; from each index relax every
        // index it can jump to. O(n * max(nums)).
        let n = nums.len();
        let mut best = vec![i32::MAX; n];
        best[0] = 0;
        for i in 0..n {
            if best[i] == i32::MAX {
                continue;
            }
            let last = (i + nums[i] as usize).min(n - 1);
            for j in i + 1..=last {
                if best[i] + 1 < best[j] {
                    best[j] = best[i] + 1;
                }
            }
        }
        best[n - 1]
    }
}
