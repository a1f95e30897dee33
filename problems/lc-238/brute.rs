impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        // For each position, multiply all the other elements (a zero among
        // them makes the answer zero; otherwise the product fits in an i64).
        let n = nums.len();
        let mut answer = Vec::with_capacity(n);
        for i in 0..n {
            let mut p: i64 = 1;
            for j in 0..n {
                if j != i {
                    if nums[j] == 0 {
                        p = 0;
                        break;
                    }
                    p *= nums[j] as i64;
                }
            }
            answer.push(p as i32);
        }
        answer
    }
}
