// Collects the nodes and walks two indices towards each other with
// `while i <= j`; on a one-node list `j -= 1` wraps below zero (release
// build), the loop goes on, and `nodes[1]` is out of bounds.
impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut nodes: Vec<Option<Box<ListNode>>> = Vec::new();
        let mut cur = head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            nodes.push(Some(node));
        }
        let mut order = Vec::new();
        let (mut i, mut j) = (0, nodes.len() - 1);
        while i <= j {
            order.push(nodes[i].take());
            if i != j {
                order.push(nodes[j].take());
            }
            i += 1;
            j -= 1;
        }
        let mut list = None;
        for node in order.into_iter().rev() {
            let mut node = node.unwrap();
            node.next = list;
            list = Some(node);
        }
        *head = list;
    }
}
