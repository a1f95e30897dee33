// Builds every rearrangement of s1 and searches s2 for each one: m! orders,
// hopeless once s1 has more than a dozen letters.
impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        let letters: Vec<char> = s1.chars().collect();
        let mut used = vec![false; letters.len()];
        let mut current = String::new();
        Self::search(&letters, &mut used, &mut current, &s2)
    }

    fn search(letters: &[char], used: &mut Vec<bool>, current: &mut String, s2: &str) -> bool {
        if current.len() == letters.len() {
            return s2.contains(current.as_str());
        }
        for i in 0..letters.len() {
            if !used[i] {
                used[i] = true;
                current.push(letters[i]);
                let found = Self::search(letters, used, current, s2);
                current.pop();
                used[i] = false;
                if found {
                    return true;
                }
            }
        }
        false
    }
}
