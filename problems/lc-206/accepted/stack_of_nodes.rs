// Detaches every node onto a Vec used as a stack, then relinks them while
// popping: the last node pushed becomes the head.
impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut stack: Vec<Box<ListNode>> = Vec::new();
        let mut cur = head;
        while let Some(mut node) = cur {
            cur = node.next.take();
            stack.push(node);
        }
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while let Some(node) = stack.pop() {
            tail = tail.next.insert(node);
        }
        dummy.next
    }
}
