// Binary search over every possible speed 1..=10^9 (not just up to the
// largest pile), with the hours summed in floating point, as with
// `math.ceil(p / k)` in Python. p / k is far enough from an integer, when it
// is not one, for f64 to round it correctly: at least 1 / k away, with
// p / k <= 10^9 / k.
impl Solution {
    pub fn min_eating_speed(piles: Vec<i32>, h: i32) -> i32 {
        let (mut lo, mut hi) = (1i32, 1_000_000_000i32);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let hours: f64 = piles.iter().map(|&p| (p as f64 / mid as f64).ceil()).sum();
            if hours <= h as f64 {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
