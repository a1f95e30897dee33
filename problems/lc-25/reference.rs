impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let k = k as usize;
        let mut dummy = Box::new(ListNode { val: 0, next: head });
        // `tail` is the last node of the part already processed.
        let mut tail = &mut dummy;
        loop {
            // Are there k more nodes?
            let mut probe = tail.next.as_deref();
            let mut count = 0;
            while count < k {
                match probe {
                    Some(node) => {
                        probe = node.next.as_deref();
                        count += 1;
                    }
                    None => break,
                }
            }
            if count < k {
                break;
            }
            // Detach the next k nodes, reversing them as they come off.
            let mut rest = tail.next.take();
            let mut reversed: Option<Box<ListNode>> = None;
            for _ in 0..k {
                let mut node = rest.unwrap();
                rest = node.next.take();
                node.next = reversed;
                reversed = Some(node);
            }
            // Link the reversed block in, walk to its last node (the block's
            // old first node) and link the rest of the list after it.
            tail.next = reversed;
            for _ in 0..k {
                tail = tail.next.as_mut().unwrap();
            }
            tail.next = rest;
        }
        dummy.next
    }
}
