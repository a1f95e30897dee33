impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        // The window runs from the cheapest day so far to today; selling on
        // the day of the purchase earns 0, which is also "no trade".
        let mut lowest = i32::MAX;
        let mut best = 0;
        for price in prices {
            lowest = lowest.min(price);
            best = best.max(price - lowest);
        }
        best
    }
}
