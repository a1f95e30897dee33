impl Solution {
    pub fn plus_one(digits: Vec<i32>) -> Vec<i32> {
        // The slowest approach LeetCode accepts: go through a String, add
        // one character by character, prepending with `insert(0, ..)`
        // (quadratic), and parse the characters back.
        let s: String = digits.iter().map(|d| char::from(b'0' + *d as u8)).collect();
        let mut result = String::new();
        let mut carry = 1;
        for c in s.chars().rev() {
            let v = c.to_digit(10).unwrap() as i32 + carry;
            result.insert(0, char::from(b'0' + (v % 10) as u8));
            carry = v / 10;
        }
        if carry == 1 {
            result.insert(0, '1');
        }
        result.chars().map(|c| c.to_digit(10).unwrap() as i32).collect()
    }
}
