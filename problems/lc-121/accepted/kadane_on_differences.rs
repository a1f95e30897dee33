// A trade's profit is the sum of the day-to-day changes it spans, so the
// answer is the largest sum of a run of consecutive changes (Kadane), or 0.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let mut run = 0;
        let mut best = 0;
        for i in 1..prices.len() {
            run = (run + prices[i] - prices[i - 1]).max(0);
            if run > best {
                best = run;
            }
        }
        best
    }
}
