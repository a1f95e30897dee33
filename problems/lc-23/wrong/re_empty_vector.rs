impl Solution {
    pub fn merge_k_lists(mut lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        // Mistake: with no lists at all, `lists.len() - 1` underflows (and
        // any index into the empty vector is out of bounds).
        let last = lists.len() - 1;
        Self::merge_range(&mut lists, 0, last)
    }

    fn merge_range(lists: &mut [Option<Box<ListNode>>], lo: usize, hi: usize) -> Option<Box<ListNode>> {
        if lo == hi {
            return lists[lo].take();
        }
        let mid = lo + (hi - lo) / 2;
        let left = Self::merge_range(lists, lo, mid);
        let right = Self::merge_range(lists, mid + 1, hi);
        Self::merge_two(left, right)
    }

    fn merge_two(
        mut a: Option<Box<ListNode>>,
        mut b: Option<Box<ListNode>>,
    ) -> Option<Box<ListNode>> {
        let mut dummy = ListNode::new(0);
        let mut tail = &mut dummy;
        while let (Some(x), Some(y)) = (&a, &b) {
            let source = if x.val <= y.val { &mut a } else { &mut b };
            if let Some(mut node) = source.take() {
                *source = node.next.take();
                tail = tail.next.insert(node);
            }
        }
        tail.next = a.or(b);
        dummy.next
    }
}
