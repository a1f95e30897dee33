impl Solution {
    pub fn multiply(num1: String, num2: String) -> String {
        // The slowest approach LeetCode accepts: every digit d of num2 adds
        // num1 (shifted by d's place) to the total d times, each time through
        // string addition with fresh allocations. About 9 * n additions of
        // m + n digits.
        if num1 == "0" || num2 == "0" {
            return "0".to_string();
        }
        let mut total = String::from("0");
        for (place, c) in num2.chars().rev().enumerate() {
            let shifted = format!("{}{}", num1, "0".repeat(place));
            for _ in 0..c.to_digit(10).unwrap() {
                total = Self::add(&total, &shifted);
            }
        }
        total
    }

    fn add(x: &str, y: &str) -> String {
        let mut xs = x.chars().rev();
        let mut ys = y.chars().rev();
        let mut out: Vec<char> = Vec::new();
        let mut carry = 0;
        loop {
            let (p, q) = (xs.next(), ys.next());
            if p.is_none() && q.is_none() {
                break;
            }
            let v = p.map_or(0, |c| c.to_digit(10).unwrap()) + q.map_or(0, |c| c.to_digit(10).unwrap()) + carry;
            out.push(char::from_digit(v % 10, 10).unwrap());
            carry = v / 10;
        }
        if carry > 0 {
            out.push('1');
        }
        out.iter().rev().collect()
    }
}
