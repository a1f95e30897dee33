struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    // Commas inside a string are escaped as "\,", and strings are joined
    // with plain commas.
    fn encode(&self, strs: Vec<String>) -> String {
        let escaped: Vec<String> = strs.iter().map(|s| s.replace(',', "\\,")).collect();
        escaped.join(",")
    }

    // Mistake: the backslash itself is not escaped, so a string that ends
    // with one ("a\") makes the separator after it look escaped ("a\,b"),
    // and two strings come back as one.
    fn decode(&self, s: String) -> Vec<String> {
        let mut strs = Vec::new();
        let mut current = String::new();
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' if chars.peek() == Some(&',') => {
                    chars.next();
                    current.push(',');
                }
                ',' => strs.push(std::mem::take(&mut current)),
                c => current.push(c),
            }
        }
        strs.push(current);
        strs
    }
}
