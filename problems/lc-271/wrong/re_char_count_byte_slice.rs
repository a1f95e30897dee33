struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    // The length is counted in characters...
    fn encode(&self, strs: Vec<String>) -> String {
        let mut out = String::new();
        for s in &strs {
            out.push_str(&format!("{}#{}", s.chars().count(), s));
        }
        out
    }

    // Mistake: ...but used as a number of bytes. The same for ASCII, but
    // "é" is one character and two bytes: slicing one byte of it ends in
    // the middle of the character, and Rust panics ("byte index is not a
    // char boundary").
    fn decode(&self, s: String) -> Vec<String> {
        let mut strs = Vec::new();
        let mut i = 0;
        while i < s.len() {
            let hash = i + s[i..].find('#').unwrap();
            let len: usize = s[i..hash].parse().unwrap();
            strs.push(s[hash + 1..hash + 1 + len].to_string());
            i = hash + 1 + len;
        }
        strs
    }
}
