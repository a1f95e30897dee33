// Depth-first search over the letter graph with three states. A letter is
// finished after every letter that must follow it, so the reversed finishing
// order is a valid alphabet (usually not the one Kahn's algorithm gives).
impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        let mut present = [false; 26];
        for w in &words {
            for b in w.bytes() {
                present[(b - b'a') as usize] = true;
            }
        }
        let mut after: Vec<Vec<usize>> = vec![Vec::new(); 26];
        for i in 1..words.len() {
            let (a, b) = (words[i - 1].as_bytes(), words[i].as_bytes());
            let common = a.len().min(b.len());
            match (0..common).find(|&k| a[k] != b[k]) {
                Some(k) => after[(a[k] - b'a') as usize].push((b[k] - b'a') as usize),
                None => {
                    if a.len() > b.len() {
                        return String::new();
                    }
                }
            }
        }
        // 0: unseen, 1: on the current path, 2: finished.
        let mut state = [0u8; 26];
        let mut finished = Vec::new();
        for c in (0..26).rev() {
            if present[c] && !Self::visit(c, &after, &mut state, &mut finished) {
                return String::new();
            }
        }
        finished.iter().rev().map(|&c| (b'a' + c as u8) as char).collect()
    }

    fn visit(c: usize, after: &[Vec<usize>], state: &mut [u8; 26], finished: &mut Vec<usize>) -> bool {
        match state[c] {
            1 => return false,
            2 => return true,
            _ => {}
        }
        state[c] = 1;
        for &d in &after[c] {
            if !Self::visit(d, after, state, finished) {
                return false;
            }
        }
        state[c] = 2;
        finished.push(c);
        true
    }
}
