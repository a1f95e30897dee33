// The bisection written recursively on a closed range of speeds, with the
// hours as an integer division rounded up (p - 1) / k + 1.
impl Solution {
    pub fn min_eating_speed(piles: Vec<i32>, h: i32) -> i32 {
        fn enough(piles: &[i32], k: i64, h: i64) -> bool {
            let mut hours = 0i64;
            for &p in piles {
                hours += (p as i64 - 1) / k + 1;
            }
            hours <= h
        }
        fn bisect(piles: &[i32], lo: i64, hi: i64, h: i64) -> i64 {
            if lo == hi {
                return lo;
            }
            let mid = (lo + hi) / 2;
            if enough(piles, mid, h) {
                bisect(piles, lo, mid, h)
            } else {
                bisect(piles, mid + 1, hi, h)
            }
        }
        let max = *piles.iter().max().unwrap() as i64;
        bisect(&piles, 1, max, h as i64) as i32
    }
}
