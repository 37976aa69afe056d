function buildTree(preorder: number[], inorder: number[]): TreeNode | null {
    const inorderIndex = new Map<number, number>();
    inorder.forEach((v, i) => inorderIndex.set(v, i));
    let next = 0;
    const build = (lo: number, hi: number): TreeNode | null => {
        if (lo > hi) return null;
        const val = preorder[next++];
        const mid = inorderIndex.get(val)!;
        const node = new TreeNode(val);
        node.left = build(lo, mid - 1);
        node.right = build(mid + 1, hi);
        return node;
    };
    return build(0, inorder.length - 1);
};
