impl Solution {
    pub fn multiply(num1: String, num2: String) -> String {
        // Nine decimal digits per limb, least significant limb first; limb
        // products go into u64 accumulators and are normalised once.
        const BASE: u64 = 1_000_000_000;
        fn limbs(s: &str) -> Vec<u64> {
            let b = s.as_bytes();
            let mut out = Vec::new();
            let mut end = b.len();
            while end > 0 {
                let start = end.saturating_sub(9);
                let v = b[start..end].iter().fold(0u64, |acc, &c| acc * 10 + (c - b'0') as u64);
                out.push(v);
                end = start;
            }
            out
        }
        let a = limbs(&num1);
        let b = limbs(&num2);
        let mut acc = vec![0u64; a.len() + b.len() + 1];
        for (i, &x) in a.iter().enumerate() {
            let mut carry = 0u64;
            for (j, &y) in b.iter().enumerate() {
                let v = acc[i + j] + x * y + carry;
                acc[i + j] = v % BASE;
                carry = v / BASE;
            }
            let mut k = i + b.len();
            while carry > 0 {
                let v = acc[k] + carry;
                acc[k] = v % BASE;
                carry = v / BASE;
                k += 1;
            }
        }
        while acc.len() > 1 && *acc.last().unwrap() == 0 {
            acc.pop();
        }
        let mut s = acc.last().unwrap().to_string();
        for limb in acc.iter().rev().skip(1) {
            s.push_str(&format!("{limb:09}"));
        }
        s
    }
}
