// Pushes each reachable amount forward by every coin, computing i + coin in
// i32. With a coin near 2^31 - 1 the sum overflows and (overflow checks are
// off in release builds) wraps to a negative number, which passes the
// `<= amount` test and then indexes far out of bounds.
impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        let mut dp = vec![i32::MAX; amount as usize + 1];
        dp[0] = 0;
        for i in 0..amount {
            if dp[i as usize] == i32::MAX {
                continue;
            }
            for &c in &coins {
                let next = i + c;
                if next <= amount {
                    let j = next as usize;
                    dp[j] = dp[j].min(dp[i as usize] + 1);
                }
            }
        }
        let last = dp[amount as usize];
        if last == i32::MAX { -1 } else { last }
    }
}
