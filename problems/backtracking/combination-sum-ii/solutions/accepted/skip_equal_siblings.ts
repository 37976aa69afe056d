function combinationSum2(candidates: number[], target: number): number[][] {
    // Sorted, so equal values sit together: at each depth only the first of a run of
    // equal values starts a branch, which keeps every combination unique.
    const nums = [...candidates].sort((a, b) => a - b);
    const out: number[][] = [];
    const picked: number[] = [];
    const walk = (start: number, left: number): void => {
        if (left === 0) {
            out.push([...picked]);
            return;
        }
        for (let i = start; i < nums.length && nums[i] <= left; i++) {
            if (i > start && nums[i] === nums[i - 1]) continue;
            picked.push(nums[i]);
            walk(i + 1, left - nums[i]);
            picked.pop();
        }
    };
    walk(0, target);
    return out;
};
