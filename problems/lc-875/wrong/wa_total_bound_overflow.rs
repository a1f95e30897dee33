// Uses the total number of bananas as the upper bound of the search, summed
// in i32. Ten thousand piles of up to 10^9 bananas overflow it; the wrapped
// total may be negative or smaller than the answer, and the search returns
// a speed that is too slow.
impl Solution {
    pub fn min_eating_speed(piles: Vec<i32>, h: i32) -> i32 {
        let total: i32 = piles.iter().sum();
        let (mut lo, mut hi) = (1, total);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let mut hours = 0;
            for &p in &piles {
                hours += p / mid + if p % mid == 0 { 0 } else { 1 };
            }
            if hours <= h {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
