impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        // Try every start and drive the whole loop.
        let n = gas.len();
        for s in 0..n {
            let mut tank = 0i64;
            let mut ok = true;
            for k in 0..n {
                let i = (s + k) % n;
                tank += gas[i] as i64 - cost[i] as i64;
                if tank < 0 {
                    ok = false;
                    break;
                }
            }
            if ok {
                return s as i32;
            }
        }
        -1
    }
}
