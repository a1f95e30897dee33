// The three-state recurrence with a full table per state, and the purchase
// written as coming from the sale two days earlier: buy[i] is the best with
// a share after day i, sell[i] the best without one.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let n = prices.len();
        let mut buy = vec![0i32; n];
        let mut sell = vec![0i32; n];
        buy[0] = -prices[0];
        for i in 1..n {
            let before = if i >= 2 { sell[i - 2] } else { 0 };
            buy[i] = buy[i - 1].max(before - prices[i]);
            sell[i] = sell[i - 1].max(buy[i - 1] + prices[i]);
        }
        sell[n - 1]
    }
}
