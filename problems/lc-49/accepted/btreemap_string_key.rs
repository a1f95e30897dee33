// The slowest approach LeetCode accepts here: for every string, collect its
// chars, comparison-sort them, rebuild a String key and file the string in
// an ordered map (string comparisons on every insert), cloning as it goes.
use std::collections::BTreeMap;

impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for s in &strs {
            let mut chars: Vec<char> = s.chars().collect();
            chars.sort_by(|a, b| a.cmp(b));
            let key: String = chars.iter().collect();
            groups.entry(key).or_default().push(s.clone());
        }
        groups.values().cloned().collect()
    }
}
