function isBalanced(root: TreeNode | null): boolean {
    // The height of a balanced subtree, or -1 once any subtree is not.
    const height = (node: TreeNode | null): number => {
        if (!node) return 0;
        const l = height(node.left);
        const r = l < 0 ? -1 : height(node.right);
        return l < 0 || r < 0 || Math.abs(l - r) > 1 ? -1 : 1 + Math.max(l, r);
    };
    return height(root) >= 0;
};
