/// Heavy allocation: every character becomes its code in three decimal
/// digits and each string is followed by `;`. Every code is its own
/// `String`, and the decoder copies the rest of the input after each string
/// (O(n) per string, so O(n * strs.length) in all).
struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&self, strs: Vec<String>) -> String {
        let mut out = String::new();
        for s in strs {
            let codes: Vec<String> = s.chars().map(|c| format!("{:03}", c as u32)).collect();
            out = out + &codes.concat() + ";";
        }
        out
    }

    fn decode(&self, s: String) -> Vec<String> {
        let mut strs = Vec::new();
        let mut rest = s;
        while let Some(end) = rest.find(';') {
            let digits: Vec<char> = rest[..end].chars().collect();
            let word: String = digits
                .chunks(3)
                .map(|d| {
                    let code: u32 = d.iter().collect::<String>().parse().unwrap();
                    char::from_u32(code).unwrap()
                })
                .collect();
            strs.push(word);
            rest = rest[end + 1..].to_string();
        }
        strs
    }
}
