function combinationSum(candidates: number[], target: number): number[][] {
    // Choose values in non-decreasing position order (a value may repeat), so each
    // combination is built once.
    const nums = [...candidates].sort((a, b) => a - b);
    const out: number[][] = [];
    const picked: number[] = [];
    const walk = (start: number, left: number): void => {
        if (left === 0) {
            out.push([...picked]);
            return;
        }
        for (let i = start; i < nums.length && nums[i] <= left; i++) {
            picked.push(nums[i]);
            walk(i, left - nums[i]);
            picked.pop();
        }
    };
    walk(0, target);
    return out;
};
