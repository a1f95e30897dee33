/// Every character as its decimal code followed by a space, every string
/// ended by a `.`: ["a", ""] becomes "97 ..". Only digits, spaces and dots
/// ever appear in the encoding, whatever the strings hold.
struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&self, strs: Vec<String>) -> String {
        let mut out = String::new();
        for s in strs {
            for c in s.chars() {
                out.push_str(&(c as u32).to_string());
                out.push(' ');
            }
            out.push('.');
        }
        out
    }

    fn decode(&self, s: String) -> Vec<String> {
        let mut strs = Vec::new();
        let mut current = String::new();
        let mut code = String::new();
        for c in s.chars() {
            match c {
                ' ' => {
                    current.push(char::from_u32(code.parse().unwrap()).unwrap());
                    code.clear();
                }
                '.' => strs.push(std::mem::take(&mut current)),
                digit => code.push(digit),
            }
        }
        strs
    }
}
