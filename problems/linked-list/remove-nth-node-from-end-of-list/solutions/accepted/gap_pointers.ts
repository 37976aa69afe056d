function removeNthFromEnd(head: ListNode | null, n: number): ListNode | null {
    const before = new ListNode(0, head);
    let lead: ListNode | null = before;
    for (let i = 0; i <= n; i++) lead = lead!.next;
    let trail = before;
    while (lead) {
        lead = lead.next;
        trail = trail.next!;
    }
    trail.next = trail.next!.next;
    return before.next;
};
