// No table: each candidate piece is
// copied and compared with a reversed copy, and every recursive call gets
// its own clone of the pieces so far.
impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        let mut res = Vec::new();
        Self::go(&s, Vec::new(), &mut res);
        res
    }

    fn go(rest: &str, path: Vec<String>, res: &mut Vec<Vec<String>>) {
        if rest.is_empty() {
            res.push(path);
            return;
        }
        for len in 1..=rest.len() {
            let piece = rest[..len].to_string();
            let reversed: String = piece.chars().rev().collect();
            if piece == reversed {
                let mut next = path.clone();
                next.push(piece);
                Self::go(&rest[len..], next, res);
            }
        }
    }
}
