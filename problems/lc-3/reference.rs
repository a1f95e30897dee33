impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        // The input is ASCII; next[b] is one past the last index of byte b
        // seen so far (0: not seen).
        let mut next = [0usize; 256];
        let mut start = 0;
        let mut best = 0;
        for (i, &b) in s.as_bytes().iter().enumerate() {
            // An earlier occurrence only matters if it is inside the window.
            start = start.max(next[b as usize]);
            next[b as usize] = i + 1;
            best = best.max(i + 1 - start);
        }
        best as i32
    }
}
