// The textbook approach: the sorted letters as the key, O(n * k log k).
use std::collections::HashMap;

impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        let mut groups: HashMap<Vec<u8>, Vec<String>> = HashMap::new();
        for s in strs {
            let mut key = s.as_bytes().to_vec();
            key.sort_unstable();
            groups.entry(key).or_insert_with(Vec::new).push(s);
        }
        groups.into_iter().map(|(_, g)| g).collect()
    }
}
