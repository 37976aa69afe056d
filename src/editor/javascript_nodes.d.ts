
// LeetCode's node classes, which its JavaScript judge defines without an import (so does
// prep's harness), and the JSDoc type name LeetCode's scaffolds use for a one-letter string.
declare class ListNode {
    val: number;
    next: ListNode | null;
    constructor(val?: number, next?: ListNode | null);
}

declare class TreeNode {
    val: number;
    left: TreeNode | null;
    right: TreeNode | null;
    constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null);
}

// One `_Node` serves both of LeetCode's: a graph's (`neighbors`) and a list's with `random`.
declare class _Node {
    val: number;
    neighbors: _Node[];
    next: _Node | null;
    random: _Node | null;
    constructor(val?: number, other?: any, random?: _Node | null);
}

type character = string;
