impl Solution {
    pub fn reverse(x: i32) -> i32 {
        // Pop digits from the end and push them onto `rev`, refusing any
        // step that would leave the i32 range. x % 10 has the sign of x, so
        // negative numbers need no special case.
        let mut x = x;
        let mut rev: i32 = 0;
        while x != 0 {
            let digit = x % 10;
            x /= 10;
            if rev > i32::MAX / 10 || (rev == i32::MAX / 10 && digit > i32::MAX % 10) {
                return 0;
            }
            if rev < i32::MIN / 10 || (rev == i32::MIN / 10 && digit < i32::MIN % 10) {
                return 0;
            }
            rev = rev * 10 + digit;
        }
        rev
    }
}
