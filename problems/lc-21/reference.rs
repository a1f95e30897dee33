impl Solution {
    pub fn merge_two_lists(
        mut list1: Option<Box<ListNode>>,
        mut list2: Option<Box<ListNode>>,
    ) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        // While both lists have a node, move the smaller front node (the one
        // from list1 on a tie) to the end of the result.
        while let (Some(a), Some(b)) = (&list1, &list2) {
            let source = if a.val <= b.val { &mut list1 } else { &mut list2 };
            let mut node = source.take().unwrap();
            *source = node.next.take();
            tail = tail.next.insert(node);
        }
        // At most one list has nodes left, already sorted.
        tail.next = list1.or(list2);
        dummy.next
    }
}
