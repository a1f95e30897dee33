// Splits the list one node too early for odd lengths.
impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut len = 0;
        let mut cur = head.as_deref();
        while let Some(node) = cur {
            len += 1;
            cur = node.next.as_deref();
        }
        if len < 3 {
            return;
        }

        // Mistake: the first half gets len / 2 nodes, so with an odd length
        // the reversed second half is one node longer, and the splicing loop
        // stops with its last node (the middle one) never linked back in.
        let mut last_of_first = head.as_mut().unwrap();
        for _ in 1..len / 2 {
            last_of_first = last_of_first.next.as_mut().unwrap();
        }
        let mut second = last_of_first.next.take();

        // Reverse the second half.
        let mut reversed: Option<Box<ListNode>> = None;
        while let Some(mut node) = second {
            second = node.next.take();
            node.next = reversed;
            reversed = Some(node);
        }

        // After each node of the first half, splice in the next node of the
        // reversed second half (which has the same length or one less).
        let mut cur = head.as_mut();
        while let Some(node) = cur {
            let Some(mut back) = reversed.take() else { break };
            reversed = back.next.take();
            back.next = node.next.take();
            node.next = Some(back);
            cur = node.next.as_mut().unwrap().next.as_mut();
        }
    }
}
