// Tries every buy day with every later sell day: O(n^2), about 5 * 10^9
// pairs at n = 10^5.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let n = prices.len();
        let mut best = 0;
        for i in 0..n {
            for j in i + 1..n {
                if prices[j] - prices[i] > best {
                    best = prices[j] - prices[i];
                }
            }
        }
        best
    }
}
