impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        // Backtracking over every ladder, keeping the shortest: correct, but
        // the number of simple paths explodes on a well-connected dictionary.
        let words: Vec<&[u8]> = word_list.iter().map(|w| w.as_bytes()).collect();
        let mut on_path = vec![false; words.len()];
        let mut best = i32::MAX;
        fn dfs(word: &[u8], end: &[u8], words: &[&[u8]], on_path: &mut Vec<bool>, length: i32, best: &mut i32) {
            if length >= *best {
                return;
            }
            if word == end {
                *best = length;
                return;
            }
            for j in 0..words.len() {
                if !on_path[j] && word.iter().zip(words[j]).filter(|(a, b)| a != b).count() == 1 {
                    on_path[j] = true;
                    dfs(words[j], end, words, on_path, length + 1, best);
                    on_path[j] = false;
                }
            }
        }
        dfs(begin_word.as_bytes(), end_word.as_bytes(), &words, &mut on_path, 1, &mut best);
        if best == i32::MAX { 0 } else { best }
    }
}
