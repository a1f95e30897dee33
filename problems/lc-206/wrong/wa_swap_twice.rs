// Reverses the values in a vector by swapping i with n-1-i for every i, not
// just the first half: each pair is swapped twice, so nothing changes.
impl Solution {
    pub fn reverse_list(mut head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut values = Vec::new();
        let mut cur = &head;
        while let Some(node) = cur {
            values.push(node.val);
            cur = &node.next;
        }
        let n = values.len();
        for i in 0..n {
            values.swap(i, n - 1 - i);
        }
        let mut cur = &mut head;
        let mut i = 0;
        while let Some(node) = cur {
            node.val = values[i];
            i += 1;
            cur = &mut node.next;
        }
        head
    }
}
