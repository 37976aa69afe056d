function isSubtree(root: TreeNode | null, subRoot: TreeNode | null): boolean {
    // Each tree in preorder with its empty children marked: a subtree is a whole-token
    // substring of the other's serialization.
    const serialize = (node: TreeNode | null, out: string[]): string[] => {
        if (!node) {
            out.push('#');
        } else {
            out.push(String(node.val));
            serialize(node.left, out);
            serialize(node.right, out);
        }
        return out;
    };
    const whole = ',' + serialize(root, []).join(',') + ',';
    const part = ',' + serialize(subRoot, []).join(',') + ',';
    return whole.includes(part);
};
