impl Solution {
    pub fn min_eating_speed(piles: Vec<i32>, h: i32) -> i32 {
        // Try every speed from 1 upwards.
        let mut k: i64 = 1;
        loop {
            let mut total: i64 = 0;
            for &p in &piles {
                total += (p as i64 + k - 1) / k;
            }
            if total <= h as i64 {
                return k as i32;
            }
            k += 1;
        }
    }
}
