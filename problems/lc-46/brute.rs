// Every sequence of n indices (n^n of them, at most 46656), kept when no
// index repeats.
impl Solution {
    pub fn permute(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let n = nums.len();
        let total = n.pow(n as u32);
        let mut all = Vec::new();
        for code in 0..total {
            let mut rest = code;
            let mut idx = Vec::with_capacity(n);
            for _ in 0..n {
                idx.push(rest % n);
                rest /= n;
            }
            let mut seen = vec![false; n];
            if idx.iter().all(|&i| !std::mem::replace(&mut seen[i], true)) {
                all.push(idx.iter().map(|&i| nums[i]).collect());
            }
        }
        all
    }
}
