function copyRandomList(head: _Node | null): _Node | null {
    const copies = new Map<_Node, _Node>();
    for (let node = head; node; node = node.next) copies.set(node, new _Node(node.val));
    for (let node = head; node; node = node.next) {
        const copy = copies.get(node)!;
        copy.next = node.next ? copies.get(node.next)! : null;
        copy.random = node.random ? copies.get(node.random)! : null;
    }
    return head ? copies.get(head)! : null;
};
