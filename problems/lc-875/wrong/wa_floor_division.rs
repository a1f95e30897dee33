// Counts p / k hours for a pile instead of rounding up: the leftover
// bananas of each pile are eaten for free, so the speed comes out too low.
impl Solution {
    pub fn min_eating_speed(piles: Vec<i32>, h: i32) -> i32 {
        let (mut lo, mut hi) = (1, *piles.iter().max().unwrap());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let hours: i64 = piles.iter().map(|&p| (p / mid) as i64).sum();
            if hours <= h as i64 {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
