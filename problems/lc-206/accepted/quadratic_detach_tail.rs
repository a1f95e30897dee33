// The slowest approach that still passes: repeatedly walk to the last node of
// what is left, cut it off and append it to the result. O(n^2) pointer steps,
// about 12.5 million for 5000 nodes.
impl Solution {
    pub fn reverse_list(mut head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while head.is_some() {
            // Find the link that holds the last node.
            let mut link = &mut head;
            while link.as_ref().unwrap().next.is_some() {
                link = &mut link.as_mut().unwrap().next;
            }
            let last = link.take().unwrap();
            tail = tail.next.insert(last);
        }
        dummy.next
    }
}
