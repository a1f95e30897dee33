// The speed is at least ceil(total / h) (fewer bananas per hour cannot
// finish in h hours even without the per-pile rounding). Gallop upwards from
// that bound, doubling, until a speed is fast enough (the largest pile always
// is), then bisect the last step.
impl Solution {
    pub fn min_eating_speed(piles: Vec<i32>, h: i32) -> i32 {
        let h = h as i64;
        let hours = |k: i64| piles.iter().map(|&p| (p as i64 + k - 1) / k).sum::<i64>();
        let total: i64 = piles.iter().map(|&p| p as i64).sum();
        let max = *piles.iter().max().unwrap() as i64;
        let mut lo = ((total + h - 1) / h).max(1);
        let mut step = 1;
        let mut hi = lo;
        while hours(hi) > h {
            lo = hi + 1;
            hi = (hi + step).min(max);
            step *= 2;
        }
        // hours(hi) <= h, and every speed below lo is too slow.
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if hours(mid) <= h {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo as i32
    }
}
