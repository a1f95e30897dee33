// Tries the speeds 1, 2, 3, ... until one is fast enough: up to 10^9 speeds,
// each costing a pass over the piles.
impl Solution {
    pub fn min_eating_speed(piles: Vec<i32>, h: i32) -> i32 {
        let max = *piles.iter().max().unwrap();
        for k in 1..max {
            let hours: i64 = piles.iter().map(|&p| ((p + k - 1) / k) as i64).sum();
            if hours <= h as i64 {
                return k;
            }
        }
        max
    }
}
