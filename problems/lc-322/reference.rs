impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        let amount = amount as usize;
        // best[a] = fewest coins that make exactly a; UNREACHABLE if none do.
        // No answer can exceed `amount` (every coin is at least 1).
        let unreachable = amount + 1;
        let mut best = vec![unreachable; amount + 1];
        best[0] = 0;
        for a in 1..=amount {
            for &coin in &coins {
                let coin = coin as usize;
                if coin <= a && best[a - coin] + 1 < best[a] {
                    best[a] = best[a - coin] + 1;
                }
            }
        }
        if best[amount] == unreachable {
            -1
        } else {
            best[amount] as i32
        }
    }
}
