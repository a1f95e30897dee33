impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        
    }
}
