impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        // Shortest distances by relaxation (Bellman-Ford on unit edges):
        // node 0 is beginWord, the others are the dictionary's words; two
        // nodes are joined when they differ in exactly one position.
        let mut words = vec![begin_word];
        words.extend(word_list);
        let one_apart = |a: &String, b: &String| a.chars().zip(b.chars()).filter(|(x, y)| x != y).count() == 1;
        let n = words.len();
        let mut dist = vec![usize::MAX; n];
        dist[0] = 1;
        loop {
            let mut changed = false;
            for i in 0..n {
                for j in 1..n {
                    if dist[i] != usize::MAX && dist[i] + 1 < dist[j] && one_apart(&words[i], &words[j]) {
                        dist[j] = dist[i] + 1;
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
        (1..n)
            .filter(|&j| words[j] == end_word && dist[j] != usize::MAX)
            .map(|j| dist[j] as i32)
            .min()
            .unwrap_or(0)
    }
}
