struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&self, strs: Vec<String>) -> String {
        let mut out = String::new();
        for s in &strs {
            out.push_str(&format!("{}#{}", s.len(), s));
        }
        out
    }

    // Mistake: reads the length as the single digit before the `#`. Right
    // for strings shorter than 10; a length of 16 is read as 1, and the
    // rest of the number is taken for the start of the string.
    fn decode(&self, s: String) -> Vec<String> {
        let b = s.as_bytes();
        let mut strs = Vec::new();
        let mut i = 0;
        while i < b.len() {
            let len = (b[i] - b'0') as usize;
            let start = (i + 2).min(b.len());
            let end = (start + len).min(b.len());
            strs.push(String::from_utf8_lossy(&b[start..end]).into_owned());
            i = end;
        }
        strs
    }
}
