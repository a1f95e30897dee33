// Fills the map one water level at a time: for each level from 1 to the
// tallest bar, counts the low cells between the first and the last bar that
// reach the level. O(n * max height): up to 2 * 10^4 * 10^5 steps.
impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let top = *height.iter().max().unwrap();
        let mut water = 0;
        for level in 1..=top {
            let mut first = None;
            let mut last = 0;
            for (i, &h) in height.iter().enumerate() {
                if h >= level {
                    if first.is_none() {
                        first = Some(i);
                    }
                    last = i;
                }
            }
            if let Some(first) = first {
                for i in first..last {
                    if height[i] < level {
                        water += 1;
                    }
                }
            }
        }
        water
    }
}
