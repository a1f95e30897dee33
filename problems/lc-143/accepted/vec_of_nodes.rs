// Detaches every node into a Vec, then relinks them taking indices from
// both ends: O(n) extra space instead of O(1), but simple.
impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut nodes: Vec<Option<Box<ListNode>>> = Vec::new();
        let mut cur = head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            nodes.push(Some(node));
        }
        let n = nodes.len();
        let order = (0..n).map(|k| if k % 2 == 0 { k / 2 } else { n - 1 - k / 2 });
        // Link from the back of the new order to the front.
        let order: Vec<usize> = order.collect();
        let mut list = None;
        for &i in order.iter().rev() {
            let mut node = nodes[i].take().unwrap();
            node.next = list;
            list = Some(node);
        }
        *head = list;
    }
}
