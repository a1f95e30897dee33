impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        // Try every order of the letters that occur, in increasing
        // lexicographic order, and return the first under which the list is
        // sorted. Only for inputs with few distinct letters.
        let mut letters: Vec<u8> = words.iter().flat_map(|w| w.bytes()).collect();
        letters.sort();
        letters.dedup();
        loop {
            let mut rank = [0usize; 26];
            for (i, &c) in letters.iter().enumerate() {
                rank[(c - b'a') as usize] = i;
            }
            let key = |w: &String| -> Vec<usize> { w.bytes().map(|c| rank[(c - b'a') as usize]).collect() };
            if words.windows(2).all(|p| key(&p[0]) <= key(&p[1])) {
                return String::from_utf8(letters).unwrap();
            }
            // The next permutation, or stop after the last one.
            let Some(i) = (1..letters.len()).rev().find(|&i| letters[i - 1] < letters[i]) else {
                return String::new();
            };
            let j = (i..letters.len()).rev().find(|&j| letters[j] > letters[i - 1]).unwrap();
            letters.swap(i - 1, j);
            letters[i..].reverse();
        }
    }
}
