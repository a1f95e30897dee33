// A binary decision at each step: use candidate i once more (and stay on
// it), or move past it for good. Each multiset has exactly one path.
impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        let mut out = Vec::new();
        let mut path = Vec::new();
        Self::go(&candidates, 0, target, &mut path, &mut out);
        out
    }

    fn go(c: &[i32], i: usize, left: i32, path: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
        if left == 0 {
            out.push(path.clone());
            return;
        }
        if i == c.len() || left < 0 {
            return;
        }
        path.push(c[i]);
        Self::go(c, i, left - c[i], path, out);
        path.pop();
        Self::go(c, i + 1, left, path, out);
    }
}
