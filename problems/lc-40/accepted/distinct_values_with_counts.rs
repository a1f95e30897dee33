// Groups the candidates by value and decides, for each distinct value in
// increasing order, how many of its copies to take (0 up to its count).
impl Solution {
    pub fn combination_sum2(mut candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        candidates.sort_unstable();
        let mut groups: Vec<(i32, usize)> = Vec::new();
        for c in candidates {
            match groups.last_mut() {
                Some((v, n)) if *v == c => *n += 1,
                _ => groups.push((c, 1)),
            }
        }
        let mut out = Vec::new();
        Self::take(&groups, 0, target, &mut Vec::new(), &mut out);
        out
    }

    fn take(groups: &[(i32, usize)], g: usize, left: i32, path: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
        if left == 0 {
            out.push(path.clone());
            return;
        }
        if g == groups.len() || groups[g].0 > left {
            return;
        }
        let (value, count) = groups[g];
        // Take `k` copies of this value, from none up to as many as fit.
        let most = count.min((left / value) as usize);
        for k in 0..=most {
            Self::take(groups, g + 1, left - value * k as i32, path, out);
            path.push(value);
        }
        path.truncate(path.len() - most - 1);
    }
}
