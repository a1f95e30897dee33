// Detach every node into a Vec, then link the nodes from index len / 2 on
// back together, from the tail.
impl Solution {
    pub fn middle_node(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut nodes: Vec<Box<ListNode>> = Vec::new();
        let mut cur = head;
        while let Some(mut node) = cur {
            cur = node.next.take();
            nodes.push(node);
        }
        let middle = nodes.len() / 2;
        let mut result: Option<Box<ListNode>> = None;
        while nodes.len() > middle {
            let mut node = nodes.pop().unwrap();
            node.next = result;
            result = Some(node);
        }
        result
    }
}
