use std::collections::BTreeSet;

// Days sorted from the warmest down; an ordered set holds the days seen so
// far, all strictly warmer than the current group of equal temperatures. A
// day's answer is the first day in the set after it. O(n log n).
impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        let n = temperatures.len();
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(temperatures[i]));
        let mut warmer: BTreeSet<usize> = BTreeSet::new();
        let mut answer = vec![0; n];
        let mut g = 0;
        while g < n {
            let mut end = g;
            while end < n && temperatures[order[end]] == temperatures[order[g]] {
                end += 1;
            }
            for &day in &order[g..end] {
                if let Some(&next) = warmer.range(day + 1..).next() {
                    answer[day] = (next - day) as i32;
                }
            }
            warmer.extend(order[g..end].iter().copied());
            g = end;
        }
        answer
    }
}
