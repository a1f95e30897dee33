impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        let mut target: Vec<u8> = s1.into_bytes();
        target.sort();
        let s2 = s2.as_bytes();
        // Sort every block of s2 with the length of s1 and compare.
        s2.windows(target.len()).any(|w| {
            let mut w = w.to_vec();
            w.sort();
            w == target
        })
    }
}
