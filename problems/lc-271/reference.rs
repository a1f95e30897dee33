/// Length prefix: each string is written as its length in bytes, a `#`, and
/// the string itself: ["ab","","#1"] becomes "2#ab0#2##1". The reader never
/// looks inside a string, so any character may occur. O(n) both ways.
struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&self, strs: Vec<String>) -> String {
        let total: usize = strs.iter().map(|s| s.len() + 4).sum();
        let mut out = String::with_capacity(total);
        for s in &strs {
            out.push_str(&s.len().to_string());
            out.push('#');
            out.push_str(s);
        }
        out
    }

    fn decode(&self, s: String) -> Vec<String> {
        let mut strs = Vec::new();
        let mut i = 0;
        while i < s.len() {
            // The digits up to the next `#` are the length; the `#` is found
            // from i, where only digits can precede it.
            let hash = i + s[i..].find('#').expect("a length ends with #");
            let len: usize = s[i..hash].parse().expect("a length written by encode");
            let start = hash + 1;
            strs.push(s[start..start + len].to_string());
            i = start + len;
        }
        strs
    }
}
