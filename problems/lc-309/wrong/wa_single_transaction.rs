// Finds the best single purchase and sale (the lowest price so far against
// each later price). Several trades can do better: [1,2,3,0,2] gives 2
// instead of 3.
impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let mut lowest = prices[0];
        let mut best = 0;
        for &p in &prices {
            lowest = lowest.min(p);
            best = best.max(p - lowest);
        }
        best
    }
}
