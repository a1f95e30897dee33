// Tries both choices on every day (act or wait) without remembering results:
// about 2^n calls.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        fn best(prices: &[i32], day: usize, holding: bool) -> i32 {
            if day >= prices.len() {
                return 0;
            }
            let skip = best(prices, day + 1, holding);
            let act = if holding {
                prices[day] + best(prices, day + 2, false)
            } else {
                best(prices, day + 1, true) - prices[day]
            };
            skip.max(act)
        }
        best(&prices, 0, false)
    }
}
