impl Solution {
    pub fn multiply(num1: String, num2: String) -> String {
        // Paper multiplication: for every digit of num2, the partial product
        // of num1 and that digit, shifted by the digit's place, added to a
        // running total. Numbers are kept as digit vectors, least
        // significant digit first.
        let a: Vec<u32> = num1.bytes().rev().map(|c| (c - b'0') as u32).collect();
        let mut total: Vec<u32> = vec![0];
        for (place, c) in num2.bytes().rev().enumerate() {
            let d = (c - b'0') as u32;
            let mut partial = vec![0; place];
            let mut carry = 0;
            for &x in &a {
                let v = x * d + carry;
                partial.push(v % 10);
                carry = v / 10;
            }
            partial.push(carry);
            total = Self::add(&total, &partial);
        }
        while total.len() > 1 && *total.last().unwrap() == 0 {
            total.pop();
        }
        total.iter().rev().map(|&d| char::from(b'0' + d as u8)).collect()
    }

    fn add(x: &[u32], y: &[u32]) -> Vec<u32> {
        let mut out = Vec::new();
        let mut carry = 0;
        for k in 0..x.len().max(y.len()) {
            let v = x.get(k).copied().unwrap_or(0) + y.get(k).copied().unwrap_or(0) + carry;
            out.push(v % 10);
            carry = v / 10;
        }
        out.push(carry);
        out
    }
}
