impl Solution {
    pub fn multiply(num1: String, num2: String) -> String {
        let a = num1.as_bytes();
        let b = num2.as_bytes();
        // cols[k] collects the digit products that land k places from the
        // left of an (a.len() + b.len())-digit result.
        let mut cols = vec![0u32; a.len() + b.len()];
        for (i, &da) in a.iter().enumerate() {
            for (j, &db) in b.iter().enumerate() {
                cols[i + j + 1] += ((da - b'0') * (db - b'0')) as u32;
            }
        }
        // One sweep from the right turns the column sums into digits.
        let mut carry = 0;
        for c in cols.iter_mut().rev() {
            let v = *c + carry;
            *c = v % 10;
            carry = v / 10;
        }
        let digits: String = cols
            .iter()
            .skip_while(|&&d| d == 0)
            .map(|&d| char::from(b'0' + d as u8))
            .collect();
        if digits.is_empty() {
            "0".to_string()
        } else {
            digits
        }
    }
}
