impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        // i has the bits of i >> 1, plus its own lowest bit.
        let n = n as usize;
        let mut ans = vec![0; n + 1];
        for i in 1..=n {
            ans[i] = ans[i >> 1] + (i & 1) as i32;
        }
        ans
    }
}
