// Reads each number into a decimal string and parses it as u64: numbers of
// more than 20 digits do not fit, and the `unwrap` on the parse panics.
impl Solution {
    pub fn add_two_numbers(l1: Option<Box<ListNode>>, l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        fn value(list: &Option<Box<ListNode>>) -> u64 {
            let mut s = String::new();
            let mut cur = list;
            while let Some(node) = cur {
                s.insert(0, char::from(b'0' + node.val as u8));
                cur = &node.next;
            }
            s.parse::<u64>().unwrap()
        }
        let sum = value(&l1) as u128 + value(&l2) as u128;
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        for c in sum.to_string().bytes().rev() {
            tail = tail.next.insert(Box::new(ListNode::new((c - b'0') as i32)));
        }
        dummy.next
    }
}
