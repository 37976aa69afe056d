/*
 * Encodes a tree to a single string.
 */
function serialize(root: TreeNode | null): string {
    const parts: string[] = [];
    const stack: (TreeNode | null)[] = [root];
    while (stack.length) {
        const node = stack.pop()!;
        if (!node) {
            parts.push("#");
            continue;
        }
        parts.push(String(node.val));
        stack.push(node.right, node.left);
    }
    return parts.join(",");
};

/*
 * Decodes your encoded data to tree.
 */
function deserialize(data: string): TreeNode | null {
    const parts = data.split(",");
    let next = 0;
    const read = (): TreeNode | null => {
        const part = parts[next++];
        if (part === "#") return null;
        const node = new TreeNode(Number(part));
        node.left = read();
        node.right = read();
        return node;
    };
    return read();
};
