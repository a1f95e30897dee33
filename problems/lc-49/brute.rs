impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        // Compare each string, by its sorted letters, with the first string
        // of every group found so far; open a new group if none matches.
        let sorted = |s: &str| {
            let mut v: Vec<char> = s.chars().collect();
            v.sort();
            v
        };
        let mut groups: Vec<Vec<String>> = Vec::new();
        for s in strs {
            let mut placed = false;
            for g in groups.iter_mut() {
                if sorted(&g[0]) == sorted(&s) {
                    g.push(s.clone());
                    placed = true;
                    break;
                }
            }
            if !placed {
                groups.push(vec![s]);
            }
        }
        groups
    }
}
