impl Solution {
    pub fn plus_one(digits: Vec<i32>) -> Vec<i32> {
        // An iterator chain: walk the digits from the back carrying a flag,
        // collect the new digits in reverse, then turn them around.
        let mut carry = true;
        let mut out: Vec<i32> = digits
            .iter()
            .rev()
            .map(|&d| {
                if carry {
                    carry = d == 9;
                    (d + 1) % 10
                } else {
                    d
                }
            })
            .collect();
        if carry {
            out.push(1);
        }
        out.into_iter().rev().collect()
    }
}
