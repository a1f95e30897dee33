// Checks each string against the first string of every group so far,
// sorting both every time: O(n^2 * k log k) when most strings start a new
// group (5 * 10^7 comparisons of 100-letter strings at n = 10^4).
impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        fn is_anagram(a: &str, b: &str) -> bool {
            let mut x: Vec<char> = a.chars().collect();
            let mut y: Vec<char> = b.chars().collect();
            x.sort();
            y.sort();
            x == y
        }
        let mut groups: Vec<Vec<String>> = Vec::new();
        for s in strs {
            match groups.iter_mut().find(|g| is_anagram(&g[0], &s)) {
                Some(g) => g.push(s),
                None => groups.push(vec![s]),
            }
        }
        groups
    }
}
