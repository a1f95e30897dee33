// Starts the "holding a share" state at 0, as if the first share were free:
// selling it is then pure profit. [5] gives 5 instead of 0.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let (mut holding, mut sold, mut free) = (0, 0, 0);
        for &p in &prices {
            let was_holding = holding;
            holding = holding.max(free - p);
            free = free.max(sold);
            sold = was_holding + p;
        }
        sold.max(free)
    }
}
