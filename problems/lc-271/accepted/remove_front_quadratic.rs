/// Quadratic, and still accepted at these sizes: the decoder consumes the
/// string from the front with `String::remove(0)`, which moves everything
/// after it each time, so decoding costs O(n^2) byte moves (n up to 80 000
/// bytes). Lengths are counted in characters on both sides.
struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&self, strs: Vec<String>) -> String {
        let mut out = String::new();
        for s in &strs {
            out += &format!("{}#{}", s.chars().count(), s);
        }
        out
    }

    fn decode(&self, s: String) -> Vec<String> {
        let mut s = s;
        let mut strs = Vec::new();
        while !s.is_empty() {
            let mut len = 0;
            loop {
                match s.remove(0) {
                    '#' => break,
                    d => len = len * 10 + d.to_digit(10).unwrap() as usize,
                }
            }
            let word: String = (0..len).map(|_| s.remove(0)).collect();
            strs.push(word);
        }
        strs
    }
}
