// A stack of indices with non-increasing heights. A taller bar closes the
// basins above the bars it pops: each popped bottom holds a layer of water
// between the new bar and the bar below it on the stack, as wide as the gap.
impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let mut stack: Vec<usize> = Vec::with_capacity(height.len());
        let mut water = 0;
        for (i, &h) in height.iter().enumerate() {
            while let Some(&bottom) = stack.last() {
                if height[bottom] >= h {
                    break;
                }
                stack.pop();
                let Some(&left) = stack.last() else { break };
                let level = height[left].min(h) - height[bottom];
                water += level * (i - left - 1) as i32;
            }
            stack.push(i);
        }
        water
    }
}
