function reverseKGroup(head: ListNode | null, k: number): ListNode | null {
    const before = new ListNode(0, head);
    let groupPrev = before;
    while (true) {
        let kth: ListNode | null = groupPrev;
        for (let i = 0; i < k && kth; i++) kth = kth.next;
        if (!kth) break;
        const groupNext = kth.next;
        const first = groupPrev.next!;
        let prev = groupNext;
        let node: ListNode | null = first;
        while (node !== groupNext) {
            const next: ListNode | null = node!.next;
            node!.next = prev;
            prev = node;
            node = next;
        }
        groupPrev.next = kth;
        groupPrev = first;
    }
    return before.next;
};
