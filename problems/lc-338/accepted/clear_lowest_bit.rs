impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        // i & (i - 1) is i without its lowest set bit: one bit fewer.
        let mut ans = vec![0i32; n as usize + 1];
        for i in 1..ans.len() {
            ans[i] = ans[i & (i - 1)] + 1;
        }
        ans
    }
}
