impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        // Numbers in [2^k, 2^(k+1)) are 2^k plus a smaller number: one more
        // bit than i - 2^k. Track the current power of two.
        let n = n as usize;
        let mut ans = Vec::with_capacity(n + 1);
        ans.push(0);
        let mut power = 1;
        for i in 1..=n {
            if i == power * 2 {
                power *= 2;
            }
            let prev = ans[i - power];
            ans.push(prev + 1);
        }
        ans
    }
}
