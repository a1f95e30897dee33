// Union-find over the distinct values: join each value with x + 1 when it is
// present, then report the size of the largest set.
use std::collections::HashMap;

impl Solution {
    pub fn longest_consecutive(nums: Vec<i32>) -> i32 {
        let mut id: HashMap<i32, usize> = HashMap::new();
        for &x in &nums {
            let next = id.len();
            id.entry(x).or_insert(next);
        }
        let n = id.len();
        let mut parent: Vec<usize> = (0..n).collect();
        let mut size = vec![1i32; n];
        fn find(parent: &mut Vec<usize>, mut a: usize) -> usize {
            while parent[a] != a {
                parent[a] = parent[parent[a]];
                a = parent[a];
            }
            a
        }
        for (&x, &i) in &id {
            if let Some(&j) = id.get(&(x + 1)) {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                if a != b {
                    let (big, small) = if size[a] >= size[b] { (a, b) } else { (b, a) };
                    parent[small] = big;
                    size[big] += size[small];
                }
            }
        }
        size.into_iter().max().unwrap_or(0)
    }
}
