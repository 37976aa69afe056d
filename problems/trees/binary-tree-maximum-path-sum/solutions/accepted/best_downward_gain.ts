function maxPathSum(root: TreeNode | null): number {
    let best = -Infinity;
    // The best sum of a path that starts at node and goes down, or 0 when every such path loses.
    const gain = (node: TreeNode | null): number => {
        if (!node) return 0;
        const left = gain(node.left);
        const right = gain(node.right);
        best = Math.max(best, node.val + left + right);
        return Math.max(0, node.val + Math.max(left, right));
    };
    gain(root);
    return best;
};
