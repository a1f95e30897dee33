impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        let amount = amount as usize;
        // ways[a]: combinations of the coins seen so far that make a.
        // Counts for other amounts can exceed 32 bits; wrapping addition is
        // exact modulo 2^32, and the final count is below 2^31, so the
        // result is still right.
        let mut ways = vec![0u32; amount + 1];
        ways[0] = 1;
        for &coin in &coins {
            let coin = coin as usize;
            // Upwards: ways[a - coin] already allows this coin again.
            for a in coin..=amount {
                ways[a] = ways[a].wrapping_add(ways[a - coin]);
            }
        }
        ways[amount] as i32
    }
}
