/// Lengths as single characters: the encoding starts with the number of
/// strings, and every string is preceded by its length in characters, each
/// number written as the character with that code (lengths and counts are at
/// most 200, so one character suffices). Decoding works on a `Vec<char>`.
struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&self, strs: Vec<String>) -> String {
        let as_char = |n: usize| char::from_u32(n as u32).expect("at most 200");
        let mut out = String::new();
        out.push(as_char(strs.len()));
        for s in &strs {
            out.push(as_char(s.chars().count()));
            out.push_str(s);
        }
        out
    }

    fn decode(&self, s: String) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        let count = chars[0] as usize;
        let mut strs = Vec::with_capacity(count);
        let mut i = 1;
        for _ in 0..count {
            let len = chars[i] as usize;
            strs.push(chars[i + 1..i + 1 + len].iter().collect());
            i += 1 + len;
        }
        strs
    }
}
