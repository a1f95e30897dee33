impl Solution {
    pub fn add_two_numbers(l1: Option<Box<ListNode>>, l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        // Schoolbook addition from the ones digit up; a list that has run out
        // contributes zeros, and a last carry adds one more digit.
        let (mut a, mut b) = (l1.as_deref(), l2.as_deref());
        let mut carry = 0;
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while a.is_some() || b.is_some() || carry > 0 {
            let mut sum = carry;
            if let Some(node) = a {
                sum += node.val;
                a = node.next.as_deref();
            }
            if let Some(node) = b {
                sum += node.val;
                b = node.next.as_deref();
            }
            carry = sum / 10;
            tail = tail.next.insert(Box::new(ListNode::new(sum % 10)));
        }
        dummy.next
    }
}
