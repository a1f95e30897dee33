struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    // Mistake: a separator is only safe if it cannot occur in the strings,
    // and here every character can. "a,b" comes back as "a" and "b".
    fn encode(&self, strs: Vec<String>) -> String {
        strs.join(",")
    }

    fn decode(&self, s: String) -> Vec<String> {
        s.split(',').map(|p| p.to_string()).collect()
    }
}
