impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        // Pad with a 1 at each end; v[0] and v[m - 1] are never burst.
        let mut v = Vec::with_capacity(nums.len() + 2);
        v.push(1);
        v.extend_from_slice(&nums);
        v.push(1);
        let m = v.len();
        // best[l][r]: the most coins from bursting every balloon strictly
        // between l and r. If k is the last of them to go, its neighbours at
        // that moment are l and r, and the two sides are independent.
        let mut best = vec![vec![0i32; m]; m];
        for width in 2..m {
            for l in 0..m - width {
                let r = l + width;
                let ends = v[l] * v[r];
                let mut top = 0;
                for k in l + 1..r {
                    let got = best[l][k] + best[k][r] + ends * v[k];
                    if got > top {
                        top = got;
                    }
                }
                best[l][r] = top;
            }
        }
        best[0][m - 1]
    }
}
