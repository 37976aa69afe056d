function cloneGraph(node: _Node | null): _Node | null {
    const copies = new Map<_Node, _Node>();
    const copy = (n: _Node): _Node => {
        let c = copies.get(n);
        if (c) return c;
        c = new _Node(n.val);
        copies.set(n, c);
        for (const nb of n.neighbors) c.neighbors.push(copy(nb));
        return c;
    };
    return node ? copy(node) : null;
};
