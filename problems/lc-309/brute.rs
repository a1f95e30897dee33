impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        // Tries every allowed action on every day: with a share, sell or
        // keep it; without one, buy (unless cooling down) or wait.
        fn go(prices: &[i32], day: usize, holding: bool, cooldown: bool) -> i32 {
            if day == prices.len() {
                return 0;
            }
            let p = prices[day];
            if holding {
                let sell = p + go(prices, day + 1, false, true);
                let keep = go(prices, day + 1, true, false);
                sell.max(keep)
            } else {
                let wait = go(prices, day + 1, false, false);
                if cooldown {
                    wait
                } else {
                    wait.max(go(prices, day + 1, true, false) - p)
                }
            }
        }
        go(&prices, 0, false, false)
    }
}
