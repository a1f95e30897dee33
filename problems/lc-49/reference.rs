use std::collections::HashMap;

impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        // Anagrams have the same letter counts: those 26 counters are the key.
        let mut groups: HashMap<[u8; 26], Vec<String>> = HashMap::new();
        for s in strs {
            let mut key = [0u8; 26];
            for b in s.bytes() {
                // A string has at most 100 letters, so a u8 counter is enough.
                key[(b - b'a') as usize] += 1;
            }
            groups.entry(key).or_default().push(s);
        }
        groups.into_values().collect()
    }
}
