use std::collections::BTreeSet;

impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        // Mistake: a BTreeSet sorts the values but also keeps only one copy
        // of each, so values repeated across (or within) lists are lost.
        let mut values = BTreeSet::new();
        for list in lists {
            let mut cur = list;
            while let Some(node) = cur {
                values.insert(node.val);
                cur = node.next;
            }
        }

        let mut head = None;
        for &val in values.iter().rev() {
            let mut node = Box::new(ListNode::new(val));
            node.next = head;
            head = Some(node);
        }
        head
    }
}
