// Copies the values into a vector, reverses every full chunk of k values in
// place, and builds a new list.
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let k = k as usize;
        let mut values = Vec::new();
        let mut cur = &head;
        while let Some(node) = cur {
            values.push(node.val);
            cur = &node.next;
        }
        for chunk in values.chunks_exact_mut(k) {
            chunk.reverse();
        }
        let mut result = None;
        for &val in values.iter().rev() {
            result = Some(Box::new(ListNode { val, next: result }));
        }
        result
    }
}
