use std::collections::HashMap;

// The window's surplus over s1 in a HashMap, with letters removed when
// their balance returns to zero: the window is a permutation of s1 exactly
// when the map is empty.
impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        let a: Vec<char> = s1.chars().collect();
        let b: Vec<char> = s2.chars().collect();
        if a.len() > b.len() {
            return false;
        }
        let mut balance: HashMap<char, i32> = HashMap::new();
        fn bump(map: &mut HashMap<char, i32>, c: char, by: i32) {
            let v = map.entry(c).or_insert(0);
            *v += by;
            if *v == 0 {
                map.remove(&c);
            }
        }
        for &c in &a {
            bump(&mut balance, c, -1);
        }
        for i in 0..b.len() {
            bump(&mut balance, b[i], 1);
            if i >= a.len() {
                bump(&mut balance, b[i - a.len()], -1);
            }
            if i + 1 >= a.len() && balance.is_empty() {
                return true;
            }
        }
        false
    }
}
