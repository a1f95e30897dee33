impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        // Collect every value, sort them, and build a fresh list.
        let mut values = Vec::new();
        for list in lists {
            let mut cur = list;
            while let Some(node) = cur {
                values.push(node.val);
                cur = node.next;
            }
        }
        values.sort();

        let mut head = None;
        for &val in values.iter().rev() {
            let mut node = Box::new(ListNode::new(val));
            node.next = head;
            head = Some(node);
        }
        head
    }
}
