// The words in a trie; from every position the first letters can reach, walk
// the trie along s and mark the end of every word met on the way.
impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        // Trie as arrays: children[node][letter], is_word[node].
        let mut children: Vec<[u32; 26]> = vec![[0; 26]];
        let mut is_word = vec![false];
        for w in &word_dict {
            let mut node = 0usize;
            for b in w.bytes() {
                let c = (b - b'a') as usize;
                if children[node][c] == 0 {
                    children.push([0; 26]);
                    is_word.push(false);
                    children[node][c] = (children.len() - 1) as u32;
                }
                node = children[node][c] as usize;
            }
            is_word[node] = true;
        }
        let s = s.as_bytes();
        let n = s.len();
        let mut ok = vec![false; n + 1];
        ok[0] = true;
        for i in 0..n {
            if !ok[i] {
                continue;
            }
            let mut node = 0usize;
            for j in i..n {
                let next = children[node][(s[j] - b'a') as usize];
                if next == 0 {
                    break;
                }
                node = next as usize;
                if is_word[node] {
                    ok[j + 1] = true;
                }
            }
        }
        ok[n]
    }
}
