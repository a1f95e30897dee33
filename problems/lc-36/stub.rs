impl Solution {
    pub fn is_valid_sudoku(board: Vec<Vec<char>>) -> bool {
        
    }
}
