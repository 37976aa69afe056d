function levelOrder(root: TreeNode | null): number[][] {
    const levels: number[][] = [];
    let level = root ? [root] : [];
    while (level.length) {
        levels.push(level.map((node) => node.val));
        const next: TreeNode[] = [];
        for (const node of level) {
            if (node.left) next.push(node.left);
            if (node.right) next.push(node.right);
        }
        level = next;
    }
    return levels;
};
