// The full table: t[i][a] = combinations of the first i coins making a.
// t[i][a] = t[i - 1][a] (coin i - 1 unused) + t[i][a - coin] (used once
// more). Counted in u64 with wrapping, since counts for amounts other than
// the target can be huge.
impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        let amount = amount as usize;
        let k = coins.len();
        let mut t = vec![vec![0u64; amount + 1]; k + 1];
        t[0][0] = 1;
        for i in 1..=k {
            let coin = coins[i - 1] as usize;
            for a in 0..=amount {
                t[i][a] = t[i - 1][a];
                if a >= coin {
                    t[i][a] = t[i][a].wrapping_add(t[i][a - coin]);
                }
            }
        }
        t[k][amount] as i32
    }
}
