// Recursion that reuses the nodes of l1 (or of l2 once l1 runs out): each
// call writes one digit into an existing node and recurses on the rest with
// the carry; only a final carry allocates a node.
impl Solution {
    pub fn add_two_numbers(l1: Option<Box<ListNode>>, l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        Self::add(l1, l2, 0)
    }

    fn add(a: Option<Box<ListNode>>, b: Option<Box<ListNode>>, carry: i32) -> Option<Box<ListNode>> {
        match (a, b) {
            (None, None) => {
                if carry > 0 {
                    Some(Box::new(ListNode::new(carry)))
                } else {
                    None
                }
            }
            (Some(mut node), None) | (None, Some(mut node)) => {
                let sum = node.val + carry;
                node.val = sum % 10;
                node.next = Self::add(node.next.take(), None, sum / 10);
                Some(node)
            }
            (Some(mut x), Some(y)) => {
                let sum = x.val + y.val + carry;
                x.val = sum % 10;
                x.next = Self::add(x.next.take(), y.next, sum / 10);
                Some(x)
            }
        }
    }
}
