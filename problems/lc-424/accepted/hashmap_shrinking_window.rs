use std::collections::HashMap;

// The textbook sliding window with a HashMap of counts: grow on the right,
// shrink from the left while the window needs more than k replacements,
// recomputing the top count from the map each time.
impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let chars: Vec<char> = s.chars().collect();
        let mut counts: HashMap<char, i32> = HashMap::new();
        let mut left = 0;
        let mut best = 0;
        for right in 0..chars.len() {
            *counts.entry(chars[right]).or_insert(0) += 1;
            loop {
                let window = (right - left + 1) as i32;
                let top = *counts.values().max().unwrap();
                if window - top <= k {
                    break;
                }
                *counts.get_mut(&chars[left]).unwrap() -= 1;
                left += 1;
            }
            best = best.max(right - left + 1);
        }
        best as i32
    }
}
