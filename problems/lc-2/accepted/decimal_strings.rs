// The slowest accepted approach: turn each number into a most-significant-
// first decimal String, add the strings right to left into a new String,
// then build the list by walking the sum's characters. Lots of allocation,
// still linear.
impl Solution {
    pub fn add_two_numbers(l1: Option<Box<ListNode>>, l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        fn to_string(list: &Option<Box<ListNode>>) -> String {
            let mut s = String::new();
            let mut cur = list;
            while let Some(node) = cur {
                s.insert(0, char::from(b'0' + node.val as u8));
                cur = &node.next;
            }
            s
        }
        let (x, y) = (to_string(&l1), to_string(&l2));
        let (x, y) = (x.as_bytes(), y.as_bytes());
        let (mut i, mut j) = (x.len(), y.len());
        let mut carry = 0u8;
        let mut sum = String::new();
        while i > 0 || j > 0 || carry > 0 {
            let mut s = carry;
            if i > 0 {
                i -= 1;
                s += x[i] - b'0';
            }
            if j > 0 {
                j -= 1;
                s += y[j] - b'0';
            }
            sum.insert(0, char::from(b'0' + s % 10));
            carry = s / 10;
        }
        // `sum` is most significant first: prepending each digit to the list
        // leaves the ones digit at the head.
        let mut result = None;
        for c in sum.chars() {
            result = Some(Box::new(ListNode { val: (c as u8 - b'0') as i32, next: result }));
        }
        result
    }
}
