// For each position, binary-search the rest of the array for the value that
// completes the pair: O(n log n) instead of the linear two-pointer scan.
impl Solution {
    pub fn two_sum(numbers: Vec<i32>, target: i32) -> Vec<i32> {
        for i in 0..numbers.len() {
            let want = target - numbers[i];
            // Search only to the right of i, so a pair of equal values needs
            // a second copy and the smaller index comes first.
            if let Ok(offset) = numbers[i + 1..].binary_search(&want) {
                return vec![i as i32 + 1, (i + 1 + offset) as i32 + 1];
            }
        }
        vec![]
    }
}
