// Starts the search at speed 0. When the answer is 1 the range narrows to
// [0, 1], mid becomes 0 and the hour count divides by zero.
impl Solution {
    pub fn min_eating_speed(piles: Vec<i32>, h: i32) -> i32 {
        let (mut lo, mut hi) = (0, *piles.iter().max().unwrap());
        while lo < hi {
            let mid = (lo + hi) / 2;
            let hours: i64 = piles.iter().map(|&p| ((p + mid - 1) / mid) as i64).sum();
            if hours <= h as i64 {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
