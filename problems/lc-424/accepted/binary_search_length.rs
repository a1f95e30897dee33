// Binary search on the answer: a window of length L works if some window of
// that length has at most k letters outside its most frequent one. Each
// check slides a fixed window and scans all 26 counts per position:
// O(26 n log n).
impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let s: Vec<usize> = s.bytes().map(|b| (b - b'A') as usize).collect();
        let k = k as usize;
        let fits = |len: usize| -> bool {
            let mut count = [0usize; 26];
            for i in 0..s.len() {
                count[s[i]] += 1;
                if i >= len {
                    count[s[i - len]] -= 1;
                }
                if i + 1 >= len {
                    let most = *count.iter().max().unwrap();
                    if len - most <= k {
                        return true;
                    }
                }
            }
            false
        };
        // Length 1 always works; find the largest length that does.
        let (mut lo, mut hi) = (1, s.len());
        while lo < hi {
            let mid = lo + (hi - lo + 1) / 2;
            if fits(mid) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lo as i32
    }
}
