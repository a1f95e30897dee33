// Groups by the set of letters a string uses, not by how often each occurs:
// "ab", "aab" and "abb" all land in one group.
use std::collections::{BTreeSet, HashMap};

impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        let mut groups: HashMap<BTreeSet<char>, Vec<String>> = HashMap::new();
        for s in strs {
            let key: BTreeSet<char> = s.chars().collect();
            groups.entry(key).or_default().push(s);
        }
        groups.into_values().collect()
    }
}
