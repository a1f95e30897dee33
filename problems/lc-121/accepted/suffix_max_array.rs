// The highest price from each day on, computed from the right into an
// array; the best trade buys on some day and sells at that day's suffix max.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let n = prices.len();
        let mut suffix_max = vec![0; n + 1];
        for i in (0..n).rev() {
            suffix_max[i] = suffix_max[i + 1].max(prices[i]);
        }
        let mut best = 0;
        for i in 0..n {
            best = best.max(suffix_max[i] - prices[i]);
        }
        best
    }
}
