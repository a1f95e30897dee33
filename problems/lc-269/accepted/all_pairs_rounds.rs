// Compares every pair of words, not only neighbours (the extra rules are
// implied by the neighbours' ones when the list is sorted, and a word before
// its own prefix anywhere is caught as well), stores the rules as a list,
// and then builds the alphabet in rounds: each round rescans all the rules
// and appends the letters no remaining letter must precede.
// O(W^2 * L) for the pairs, plus O(26 * rules) per round.
impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let mut letters: Vec<char> = words.iter().flat_map(|w| w.chars()).collect();
        letters.sort();
        letters.dedup();
        let mut rules: Vec<(char, char)> = Vec::new();
        for i in 0..words.len() {
            for j in i + 1..words.len() {
                let a: Vec<char> = words[i].chars().collect();
                let b: Vec<char> = words[j].chars().collect();
                match a.iter().zip(b.iter()).find(|(x, y)| x != y) {
                    Some((&x, &y)) => rules.push((x, y)),
                    None if a.len() > b.len() => return String::new(),
                    None => {}
                }
            }
        }
        rules.sort();
        rules.dedup();
        let mut out: Vec<char> = Vec::new();
        let mut left = letters;
        while !left.is_empty() {
            let free: Vec<char> = left
                .iter()
                .cloned()
                .filter(|&c| !rules.iter().any(|&(x, y)| y == c && left.contains(&x)))
                .collect();
            if free.is_empty() {
                return String::new();
            }
            left.retain(|c| !free.contains(c));
            out.extend(free);
        }
        out.into_iter().collect()
    }
}
