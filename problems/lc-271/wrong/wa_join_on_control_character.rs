struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    // Mistake: a "character nobody types" (the ASCII unit separator, code
    // 31) is still one of the 256 characters the strings may contain. It
    // passes every test of printable text and fails on control characters.
    fn encode(&self, strs: Vec<String>) -> String {
        strs.join("\u{1f}")
    }

    fn decode(&self, s: String) -> Vec<String> {
        s.split('\u{1f}').map(|p| p.to_string()).collect()
    }
}
