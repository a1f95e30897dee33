// Values lie in -1000..=1000, so a table indexed by value records the last
// position of each one. Then every position looks up its partner directly.
impl Solution {
    pub fn two_sum(numbers: Vec<i32>, target: i32) -> Vec<i32> {
        const OFFSET: i32 = 1000;
        let mut last = [usize::MAX; 2001];
        for (i, &x) in numbers.iter().enumerate() {
            last[(x + OFFSET) as usize] = i;
        }
        for (i, &x) in numbers.iter().enumerate() {
            let want = target - x;
            if !(-OFFSET..=OFFSET).contains(&want) {
                continue;
            }
            let j = last[(want + OFFSET) as usize];
            if j != usize::MAX && j > i {
                return vec![i as i32 + 1, j as i32 + 1];
            }
        }
        vec![]
    }
}
