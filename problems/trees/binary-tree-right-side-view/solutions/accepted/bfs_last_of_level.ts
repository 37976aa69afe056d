function rightSideView(root: TreeNode | null): number[] {
    const view: number[] = [];
    let level = root ? [root] : [];
    while (level.length) {
        view.push(level[level.length - 1].val);
        const next: TreeNode[] = [];
        for (const node of level) {
            if (node.left) next.push(node.left);
            if (node.right) next.push(node.right);
        }
        level = next;
    }
    return view;
};
