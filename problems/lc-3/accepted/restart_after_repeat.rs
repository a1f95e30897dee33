// The slowest approach LeetCode accepts: grow a run of distinct characters,
// and when a character repeats, start a new run just after its earlier
// occurrence, forgetting everything and re-reading from there. A run holds
// at most 95 distinct printable characters, so every character is re-read at
// most 95 times: O(n * 95) HashMap operations.
use std::collections::HashMap;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let chars: Vec<char> = s.chars().collect();
        let mut best = 0;
        let mut start = 0;
        let mut pos: HashMap<char, usize> = HashMap::new();
        let mut i = start;
        while i < chars.len() {
            if let Some(&earlier) = pos.get(&chars[i]) {
                // The run chars[start..i] ends here; restart after `earlier`.
                start = earlier + 1;
                i = start;
                pos.clear();
                continue;
            }
            pos.insert(chars[i], i);
            best = best.max(i + 1 - start);
            i += 1;
        }
        best as i32
    }
}
