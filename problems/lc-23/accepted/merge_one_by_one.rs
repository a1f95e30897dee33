// The slowest approach LeetCode accepts: merge the lists into the result one
// after another. The result grows to N nodes and is walked again for every
// list: O(k * N) with N <= 10^4 nodes in total.
impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut result: Option<Box<ListNode>> = None;
        for list in lists {
            result = Self::merge_two(result, list);
        }
        result
    }

    fn merge_two(mut a: Option<Box<ListNode>>, mut b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut head: Option<Box<ListNode>> = None;
        let mut tail = &mut head;
        loop {
            let take_a = match (&a, &b) {
                (Some(x), Some(y)) => x.val <= y.val,
                (Some(_), None) | (None, Some(_)) => {
                    *tail = a.or(b);
                    return head;
                }
                (None, None) => return head,
            };
            let source = if take_a { &mut a } else { &mut b };
            let mut node = source.take().unwrap();
            *source = node.next.take();
            *tail = Some(node);
            tail = &mut tail.as_mut().unwrap().next;
        }
    }
}
