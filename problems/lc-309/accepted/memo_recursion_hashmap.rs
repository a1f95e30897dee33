// Top-down over (day, holding): the best profit from this day on. Selling
// jumps two days ahead (the next day is the cooldown). Memoized in a
// HashMap; the recursion is as deep as the number of days.
use std::collections::HashMap;

impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        fn best(prices: &[i32], day: usize, holding: bool, memo: &mut HashMap<(usize, bool), i32>) -> i32 {
            if day >= prices.len() {
                return 0;
            }
            if let Some(&v) = memo.get(&(day, holding)) {
                return v;
            }
            let skip = best(prices, day + 1, holding, memo);
            let act = if holding {
                prices[day] + best(prices, day + 2, false, memo)
            } else {
                best(prices, day + 1, true, memo) - prices[day]
            };
            let v = skip.max(act);
            memo.insert((day, holding), v);
            v
        }
        let mut memo = HashMap::new();
        best(&prices, 0, false, &mut memo)
    }
}
