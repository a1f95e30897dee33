use std::collections::HashSet;

impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        let s = s.as_bytes();
        let n = s.len();
        let words: HashSet<&[u8]> = word_dict.iter().map(|w| w.as_bytes()).collect();
        let longest = word_dict.iter().map(|w| w.len()).max().unwrap_or(0);
        // fits[i]: the first i letters can be cut into dictionary words.
        let mut fits = vec![false; n + 1];
        fits[0] = true;
        for end in 1..=n {
            let earliest = end.saturating_sub(longest);
            fits[end] = (earliest..end).any(|start| fits[start] && words.contains(&s[start..end]));
        }
        fits[n]
    }
}
