// Starts the best profit at i32::MIN instead of 0, so when prices only fall
// it reports the smallest loss instead of not trading.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let mut best = i32::MIN;
        let mut lowest = prices[0];
        for &p in &prices[1..] {
            best = best.max(p - lowest);
            lowest = lowest.min(p);
        }
        best
    }
}
