impl Solution {
    pub fn merge_k_lists(mut lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        while lists.len() > 1 {
            let mut merged = Vec::with_capacity(lists.len() / 2 + 1);
            // Mistake: pairs (0,1), (2,3), ... are merged, but when the number
            // of lists is odd the last one has no partner and is silently lost.
            let mut i = 0;
            while i + 1 < lists.len() {
                let a = lists[i].take();
                let b = lists[i + 1].take();
                merged.push(Self::merge_two(a, b));
                i += 2;
            }
            lists = merged;
        }
        lists.pop().flatten()
    }

    fn merge_two(
        mut a: Option<Box<ListNode>>,
        mut b: Option<Box<ListNode>>,
    ) -> Option<Box<ListNode>> {
        let mut dummy = ListNode::new(0);
        let mut tail = &mut dummy;
        loop {
            match (a, b) {
                (Some(mut x), Some(y)) if x.val <= y.val => {
                    a = x.next.take();
                    b = Some(y);
                    tail = tail.next.insert(x);
                }
                (Some(x), Some(mut y)) => {
                    b = y.next.take();
                    a = Some(x);
                    tail = tail.next.insert(y);
                }
                (rest, None) | (None, rest) => {
                    tail.next = rest;
                    break;
                }
            }
        }
        dummy.next
    }
}
