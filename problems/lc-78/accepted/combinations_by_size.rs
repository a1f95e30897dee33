// Subsets grouped by size: for each k, every k-combination of indices in
// lexicographic order, advanced with an index array (the next combination
// bumps the rightmost index that can still move and resets those after it).
impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let n = nums.len();
        let mut res: Vec<Vec<i32>> = Vec::new();
        for k in 0..=n {
            let mut idx: Vec<usize> = (0..k).collect();
            loop {
                res.push(idx.iter().map(|&i| nums[i]).collect());
                // Find the rightmost index that is not at its maximum.
                let mut p = k;
                while p > 0 && idx[p - 1] == n - k + p - 1 {
                    p -= 1;
                }
                if p == 0 {
                    break;
                }
                idx[p - 1] += 1;
                for q in p..k {
                    idx[q] = idx[q - 1] + 1;
                }
            }
        }
        res
    }
}
