impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        // Again and again, look for the lowest-numbered course not taken yet
        // whose prerequisites have all been taken, and take it. If some
        // courses are left and none of them can be taken, there is no order.
        let n = num_courses as usize;
        let mut taken = vec![false; n];
        let mut order = Vec::new();
        while order.len() < n {
            let next = (0..n).find(|&c| {
                !taken[c]
                    && prerequisites
                        .iter()
                        .all(|p| p[0] as usize != c || taken[p[1] as usize])
            });
            match next {
                Some(c) => {
                    taken[c] = true;
                    order.push(c as i32);
                }
                None => return Vec::new(),
            }
        }
        order
    }
}
