// Collects each group in a HashSet, which keeps one copy of a string that
// occurs several times: [["ab","ab","ba"]] comes back as [["ab","ba"]].
use std::collections::{HashMap, HashSet};

impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        let mut groups: HashMap<Vec<u8>, HashSet<String>> = HashMap::new();
        for s in strs {
            let mut key = s.clone().into_bytes();
            key.sort_unstable();
            groups.entry(key).or_default().insert(s);
        }
        groups.into_values().map(|g| g.into_iter().collect()).collect()
    }
}
