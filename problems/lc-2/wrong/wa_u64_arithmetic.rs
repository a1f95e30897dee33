// Converts both lists to u64, adds, and converts back. Correct for small
// numbers, but a list holds up to 100 digits: past 19-20 digits the
// arithmetic silently wraps around (release build) and the digits are wrong.
impl Solution {
    pub fn add_two_numbers(l1: Option<Box<ListNode>>, l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        fn value(list: &Option<Box<ListNode>>) -> u64 {
            let mut digits = Vec::new();
            let mut cur = list;
            while let Some(node) = cur {
                digits.push(node.val as u64);
                cur = &node.next;
            }
            digits.iter().rev().fold(0u64, |acc, &d| acc * 10 + d)
        }
        let mut sum = value(&l1) + value(&l2);
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        loop {
            tail = tail.next.insert(Box::new(ListNode::new((sum % 10) as i32)));
            sum /= 10;
            if sum == 0 {
                break;
            }
        }
        dummy.next
    }
}
