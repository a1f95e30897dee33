// Decides, candidate by candidate, how many copies of it to use.
impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        fn choose(cands: &[i32], i: usize, left: i32, chosen: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
            if i == cands.len() {
                if left == 0 {
                    out.push(chosen.clone());
                }
                return;
            }
            let c = cands[i];
            let mut copies = 0;
            loop {
                choose(cands, i + 1, left - copies * c, chosen, out);
                if (copies + 1) * c > left {
                    break;
                }
                copies += 1;
                chosen.push(c);
            }
            for _ in 0..copies {
                chosen.pop();
            }
        }
        let mut out = Vec::new();
        choose(&candidates, 0, target, &mut Vec::new(), &mut out);
        out
    }
}
