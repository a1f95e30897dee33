// The reachable sums as a bitset in 64-bit words: bit s set when some subset
// sums to s. Taking a number x is the set OR the set shifted left by x.
impl Solution {
    pub fn can_partition(nums: Vec<i32>) -> bool {
        let total: usize = nums.iter().map(|&x| x as usize).sum();
        if total % 2 == 1 {
            return false;
        }
        let half = total / 2;
        let words = half / 64 + 1;
        let mut bits = vec![0u64; words];
        bits[0] = 1;
        for &x in &nums {
            let x = x as usize;
            let (jump, shift) = (x / 64, x % 64);
            // From the top word down, so each word reads the old values.
            for w in (jump..words).rev() {
                let mut moved = bits[w - jump] << shift;
                if shift > 0 && w > jump {
                    moved |= bits[w - jump - 1] >> (64 - shift);
                }
                bits[w] |= moved;
            }
        }
        bits[half / 64] >> (half % 64) & 1 == 1
    }
}
