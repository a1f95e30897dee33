// Copies both numbers into digit vectors, pads the shorter with zeros, adds
// them column by column and builds a new list from the digits.
impl Solution {
    pub fn add_two_numbers(l1: Option<Box<ListNode>>, l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        fn digits(list: &Option<Box<ListNode>>) -> Vec<i32> {
            let mut out = Vec::new();
            let mut cur = list;
            while let Some(node) = cur {
                out.push(node.val);
                cur = &node.next;
            }
            out
        }
        let (mut x, mut y) = (digits(&l1), digits(&l2));
        let len = x.len().max(y.len());
        x.resize(len, 0);
        y.resize(len, 0);
        let mut sum = Vec::new();
        let mut carry = 0;
        for i in 0..len {
            let s = x[i] + y[i] + carry;
            sum.push(s % 10);
            carry = s / 10;
        }
        if carry > 0 {
            sum.push(carry);
        }
        let mut result = None;
        for &val in sum.iter().rev() {
            result = Some(Box::new(ListNode { val, next: result }));
        }
        result
    }
}
