impl Solution {
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        
    }
}
