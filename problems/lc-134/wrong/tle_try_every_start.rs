impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        // Drives the loop from every start, stopping a drive as soon as the
        // tank goes negative. When most drives get far before failing, that
        // is O(n^2) legs.
        let n = gas.len();
        for s in 0..n {
            let mut tank = 0;
            let mut k = 0;
            while k < n {
                let i = (s + k) % n;
                tank += gas[i] - cost[i];
                if tank < 0 {
                    break;
                }
                k += 1;
            }
            if k == n {
                return s as i32;
            }
        }
        -1
    }
}
