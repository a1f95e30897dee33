impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        // Allocates n slots but fills 0..=n: writing ans[n] is out of bounds.
        let n = n as usize;
        let mut ans = vec![0; n];
        for i in 1..=n {
            ans[i] = ans[i >> 1] + (i & 1) as i32;
        }
        ans
    }
}
