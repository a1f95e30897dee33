// Stops as soon as both lists are used up, dropping a final carry: 5 + 5
// comes out as [0] instead of [0,1].
impl Solution {
    pub fn add_two_numbers(l1: Option<Box<ListNode>>, l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let (mut a, mut b) = (l1.as_deref(), l2.as_deref());
        let mut carry = 0;
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while a.is_some() || b.is_some() {
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
