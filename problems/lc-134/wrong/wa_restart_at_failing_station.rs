impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        // Restarts at the station where the tank went negative instead of
        // the one after it; that station's own leg is what failed.
        let mut total = 0;
        let mut tank = 0;
        let mut start = 0;
        for i in 0..gas.len() {
            total += gas[i] - cost[i];
            tank += gas[i] - cost[i];
            if tank < 0 {
                start = i;
                tank = 0;
            }
        }
        if total < 0 { -1 } else { start as i32 }
    }
}
