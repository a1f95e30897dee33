impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        // The "highest power of two" recurrence with the power moved on one
        // step too late (`<` instead of `<=`): at i = 2, 4, 8, ... it still
        // subtracts the old power.
        let n = n as usize;
        let mut ans = vec![0; n + 1];
        let mut power = 1;
        for i in 1..=n {
            if power * 2 < i {
                power *= 2;
            }
            ans[i] = ans[i - power] + 1;
        }
        ans
    }
}
