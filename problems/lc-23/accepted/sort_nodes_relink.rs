// Detach every node into a Vec, sort the boxes by value (a stable sort,
// though any order of equal values is fine), and link them back up from
// the end. The nodes are reused; only the Vec is allocated.
impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut nodes: Vec<Box<ListNode>> = Vec::new();
        for mut cur in lists {
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
