// Start from the empty set; each number doubles the list by adding a copy of
// every subset so far with the number appended.
impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut res: Vec<Vec<i32>> = vec![vec![]];
        for &x in &nums {
            let size = res.len();
            for i in 0..size {
                let mut next = res[i].clone();
                next.push(x);
                res.push(next);
            }
        }
        res
    }
}
