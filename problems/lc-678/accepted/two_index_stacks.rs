impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        // Stacks of the positions of unmatched '(' and of wildcards. A ')'
        // closes a '(' if there is one, else a wildcard. At the end each
        // remaining '(' needs a wildcard after it to close it.
        let mut opens: Vec<usize> = Vec::new();
        let mut stars: Vec<usize> = Vec::new();
        for (i, c) in s.chars().enumerate() {
            match c {
                '(' => opens.push(i),
                '*' => stars.push(i),
                _ => {
                    if opens.pop().is_none() && stars.pop().is_none() {
                        return false;
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
