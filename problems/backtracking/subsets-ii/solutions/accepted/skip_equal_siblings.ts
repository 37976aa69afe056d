function subsetsWithDup(nums: number[]): number[][] {
    // Sorted, so equal values sit together; at each depth only the first of a run of
    // equal values may be the next one added.
    const sorted = [...nums].sort((a, b) => a - b);
    const out: number[][] = [];
    const picked: number[] = [];
    const walk = (start: number): void => {
        out.push([...picked]);
        for (let i = start; i < sorted.length; i++) {
            if (i > start && sorted[i] === sorted[i - 1]) continue;
            picked.push(sorted[i]);
            walk(i + 1);
            picked.pop();
        }
    };
    walk(0);
    return out;
};
