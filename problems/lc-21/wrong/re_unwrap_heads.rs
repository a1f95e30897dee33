// Picks the head of the result by unwrapping both lists' first nodes,
// forgetting that either list may be empty.
impl Solution {
    pub fn merge_two_lists(list1: Option<Box<ListNode>>, list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let (mut a, mut b) = (list1.unwrap(), list2.unwrap());
        if a.val <= b.val {
            a.next = Self::merge_two_lists(a.next.take(), Some(b));
            Some(a)
        } else {
            b.next = Self::merge_two_lists(Some(a), b.next.take());
            Some(b)
        }
    }
}
