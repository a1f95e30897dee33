// Compares how often each letter occurs in s1 + s2 and in s3. Equal counts
// are necessary but ignore the order: example 2 has equal counts and is not
// an interleaving.
impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        let mut count = [0i32; 26];
        for ch in s1.bytes().chain(s2.bytes()) {
            count[(ch - b'a') as usize] += 1;
        }
        for ch in s3.bytes() {
            count[(ch - b'a') as usize] -= 1;
        }
        count.iter().all(|&x| x == 0)
    }
}
