function mergeKLists(lists: Array<ListNode | null>): ListNode | null {
    const heads = new PriorityQueue<ListNode>((a, b) => a.val - b.val);
    for (const list of lists) if (list) heads.enqueue(list);
    const head = new ListNode();
    let tail = head;
    while (!heads.isEmpty()) {
        const node = heads.dequeue();
        tail.next = node;
        tail = node;
        if (node.next) heads.enqueue(node.next);
    }
    tail.next = null;
    return head.next;
};
