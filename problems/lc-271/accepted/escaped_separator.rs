/// Escaping instead of lengths: inside a string every `#` is doubled, and
/// each string ends with `#` followed by a space, a pair that doubling can
/// never produce. ["a#", ""] becomes "a### # ".
struct Codec;

impl Codec {
    fn new() -> Self {
        Codec
    }

    fn encode(&self, strs: Vec<String>) -> String {
        strs.iter().map(|s| s.replace('#', "##") + "# ").collect()
    }

    fn decode(&self, s: String) -> Vec<String> {
        let mut strs = Vec::new();
        let mut current = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c != '#' {
                current.push(c);
                continue;
            }
            // After a `#` comes either a second `#` (a literal one) or the
            // space that ends the string.
            match chars.next() {
                Some('#') => current.push('#'),
                _ => strs.push(std::mem::take(&mut current)),
            }
        }
        strs
    }
}
