// The slowest accepted approach: detach every node of both lists into one
// vector, sort it by value (O((m+n) log(m+n)), ignoring that the inputs are
// sorted), and relink the nodes in that order.
impl Solution {
    pub fn merge_two_lists(list1: Option<Box<ListNode>>, list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut nodes: Vec<Box<ListNode>> = Vec::new();
        for list in [list1, list2] {
            let mut cur = list;
            while let Some(mut node) = cur {
                cur = node.next.take();
                nodes.push(node);
            }
        }
        nodes.sort_by_key(|node| node.val);
        let mut head = None;
        while let Some(mut node) = nodes.pop() {
            node.next = head;
            head = Some(node);
        }
        head
    }
}
