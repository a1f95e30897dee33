// Breadth first with a queue: take each word of the current length off the
// front and put back one longer word per letter of the next key.
use std::collections::VecDeque;

impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        let keys: [&[u8]; 8] = [b"abc", b"def", b"ghi", b"jkl", b"mno", b"pqrs", b"tuv", b"wxyz"];
        if digits.is_empty() {
            return vec![];
        }
        let mut queue: VecDeque<Vec<u8>> = VecDeque::from([Vec::new()]);
        for (len, d) in digits.bytes().enumerate() {
            while queue.front().map_or(false, |w| w.len() == len) {
                let w = queue.pop_front().unwrap();
                for &c in keys[(d - b'2') as usize] {
                    let mut longer = w.clone();
                    longer.push(c);
                    queue.push_back(longer);
                }
            }
        }
        queue.into_iter().map(|w| String::from_utf8(w).unwrap()).collect()
    }
}
