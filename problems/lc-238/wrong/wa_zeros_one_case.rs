// Division with zeros handled as if there were at most one: the position of
// a zero gets the product of the non-zero elements, even when a second zero
// should make it 0.
impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let mut product: i64 = 1;
        let mut has_zero = false;
        for &x in &nums {
            if x == 0 {
                has_zero = true;
            } else {
                product *= x as i64;
            }
        }
        nums.iter()
            .map(|&x| {
                if x == 0 {
                    product as i32
                } else if has_zero {
                    0
                } else {
                    (product / x as i64) as i32
                }
            })
            .collect()
    }
}
