// Treats equal heads as one value: it appends the node from list1 and
// advances both lists, so one copy of every shared value is lost.
impl Solution {
    pub fn merge_two_lists(mut list1: Option<Box<ListNode>>, mut list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while let (Some(a), Some(b)) = (&list1, &list2) {
            let (x, y) = (a.val, b.val);
            if x == y {
                list2 = list2.unwrap().next;
            }
            let source = if x <= y { &mut list1 } else { &mut list2 };
            let mut node = source.take().unwrap();
            *source = node.next.take();
            tail = tail.next.insert(node);
        }
        tail.next = list1.or(list2);
        dummy.next
    }
}
