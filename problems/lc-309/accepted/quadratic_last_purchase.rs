// best[i]: the best profit using days 0..=i, ending without a share. Either
// day i does nothing (best[i - 1]), or the last trade is bought on some day
// j < i and sold on day i, after whatever was best up to day j - 2 (day
// j - 1 may be a cooldown). O(n^2): 1.25 * 10^7 steps at n = 5000.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let n = prices.len();
        let mut best = vec![0i32; n];
        for i in 1..n {
            let mut b = best[i - 1];
            for j in 0..i {
                let before = if j >= 2 { best[j - 2] } else { 0 };
                b = b.max(before + prices[i] - prices[j]);
            }
            best[i] = b;
        }
        best[n - 1]
    }
}
