impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let n = height.len();
        let mut water = 0i64;
        for i in 0..n {
            let left = *height[..=i].iter().max().unwrap();
            let right = *height[i..].iter().max().unwrap();
            water += (left.min(right) - height[i]) as i64;
        }
        water as i32
    }
}
