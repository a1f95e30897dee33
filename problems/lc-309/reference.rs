impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        // Best profit at the end of the current day in each state:
        // holding a share, having sold today, or free to buy tomorrow.
        let mut holding = -prices[0];
        let mut sold = 0;
        let mut free = 0;
        for &p in &prices[1..] {
            let was_holding = holding;
            // A purchase today needs yesterday's free state (not a sale
            // yesterday: that day is the cooldown).
            holding = holding.max(free - p);
            free = free.max(sold);
            sold = was_holding + p;
        }
        sold.max(free)
    }
}
