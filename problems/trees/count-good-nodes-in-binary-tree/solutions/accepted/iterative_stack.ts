function goodNodes(root: TreeNode | null): number {
    let good = 0;
    const stack: [TreeNode, number][] = root ? [[root, -Infinity]] : [];
    while (stack.length) {
        const [node, maxAbove] = stack.pop()!;
        if (node.val >= maxAbove) good++;
        const max = Math.max(maxAbove, node.val);
        if (node.left) stack.push([node.left, max]);
        if (node.right) stack.push([node.right, max]);
    }
    return good;
};
