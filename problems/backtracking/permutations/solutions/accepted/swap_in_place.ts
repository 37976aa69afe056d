function permute(nums: number[]): number[][] {
    const out: number[][] = [];
    const go = (i: number): void => {
        if (i === nums.length) {
            out.push(nums.slice());
            return;
        }
        for (let j = i; j < nums.length; j++) {
            [nums[i], nums[j]] = [nums[j], nums[i]];
            go(i + 1);
            [nums[i], nums[j]] = [nums[j], nums[i]];
        }
    };
    go(0);
    return out;
};
