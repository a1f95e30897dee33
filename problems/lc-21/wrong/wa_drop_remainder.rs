// Merges while both lists have nodes, then forgets to link on what is left
// of the longer list: the tail of the answer is missing.
impl Solution {
    pub fn merge_two_lists(mut list1: Option<Box<ListNode>>, mut list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while let (Some(a), Some(b)) = (&list1, &list2) {
            let source = if a.val <= b.val { &mut list1 } else { &mut list2 };
            let mut node = source.take().unwrap();
            *source = node.next.take();
            tail = tail.next.insert(node);
        }
        dummy.next
    }
}
