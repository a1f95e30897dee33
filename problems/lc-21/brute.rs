// Collects every value of both lists, sorts them and builds a new list.
impl Solution {
    pub fn merge_two_lists(list1: Option<Box<ListNode>>, list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut values = Vec::new();
        for list in [&list1, &list2] {
            let mut cur = list;
            while let Some(node) = cur {
                values.push(node.val);
                cur = &node.next;
            }
        }
        values.sort();
        let mut result = None;
        for &val in values.iter().rev() {
            result = Some(Box::new(ListNode { val, next: result }));
        }
        result
    }
}
