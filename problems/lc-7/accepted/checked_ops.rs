impl Solution {
    pub fn reverse(x: i32) -> i32 {
        // checked_mul / checked_add return None on overflow: the ? operator
        // inside the closure turns that into the answer 0.
        let step = |mut x: i32| -> Option<i32> {
            let mut rev: i32 = 0;
            while x != 0 {
                rev = rev.checked_mul(10)?.checked_add(x % 10)?;
                x /= 10;
            }
            Some(rev)
        };
        step(x).unwrap_or(0)
    }
}
