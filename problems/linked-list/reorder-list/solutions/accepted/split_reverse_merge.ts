function reorderList(head: ListNode | null): void {
    if (!head) return;
    let slow = head;
    let fast = head;
    while (fast.next && fast.next.next) {
        slow = slow.next!;
        fast = fast.next.next;
    }
    let second = slow.next;
    slow.next = null;
    let reversed: ListNode | null = null;
    while (second) {
        const next: ListNode | null = second.next;
        second.next = reversed;
        reversed = second;
        second = next;
    }
    let first: ListNode | null = head;
    while (first && reversed) {
        const nextFirst: ListNode | null = first.next;
        const nextSecond: ListNode | null = reversed.next;
        first.next = reversed;
        reversed.next = nextFirst;
        first = nextFirst;
        reversed = nextSecond;
    }
};
