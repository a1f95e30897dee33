struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    // Every string is followed by a character the strings cannot contain
    // (codes go up to 255; this one is 256), which is a sound separator.
    fn encode(&self, strs: Vec<String>) -> String {
        let mut out = String::new();
        for s in &strs {
            out.push_str(s);
            out.push('\u{100}');
        }
        out
    }

    // Mistake: to get rid of the empty piece after the last separator, it
    // drops every empty piece, so the empty strings in the list vanish too:
    // [""] comes back as [].
    fn decode(&self, s: String) -> Vec<String> {
        s.split('\u{100}')
            .filter(|p| !p.is_empty())
            .map(|p| p.to_string())
            .collect()
    }
}
