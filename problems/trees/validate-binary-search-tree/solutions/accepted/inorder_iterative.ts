function isValidBST(root: TreeNode | null): boolean {
    const stack: TreeNode[] = [];
    let node = root;
    let previous = -Infinity;
    while (node || stack.length) {
        while (node) {
            stack.push(node);
            node = node.left;
        }
        const top = stack.pop()!;
        if (top.val <= previous) return false;
        previous = top.val;
        node = top.right;
    }
    return true;
};
