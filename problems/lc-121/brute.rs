impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let n = prices.len();
        let mut best = 0;
        for buy in 0..n {
            for sell in buy + 1..n {
                best = best.max(prices[sell] - prices[buy]);
            }
        }
        best
    }
}
