// Tries every split of the string into pieces of one or two digits and
// counts those whose every piece is literally one of the strings "1".."26".
impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        fn count(rest: &str, codes: &[String]) -> i64 {
            if rest.is_empty() {
                return 1;
            }
            codes
                .iter()
                .filter(|code| rest.starts_with(code.as_str()))
                .map(|code| count(&rest[code.len()..], codes))
                .sum()
        }
        let codes: Vec<String> = (1..=26).map(|k: i32| k.to_string()).collect();
        count(&s, &codes) as i32
    }
}
