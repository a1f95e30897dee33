impl Solution {
    pub fn rotate(matrix: &mut Vec<Vec<i32>>) {
        
    }
}
