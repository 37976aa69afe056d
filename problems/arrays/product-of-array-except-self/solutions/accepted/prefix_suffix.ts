function productExceptSelf(nums: number[]): number[] {
    const n = nums.length;
    const out: number[] = new Array(n).fill(1);
    for (let i = 1; i < n; i++) out[i] = out[i - 1] * nums[i - 1];
    let suffix = 1;
    for (let i = n - 1; i >= 0; i--) {
        out[i] *= suffix;
        suffix *= nums[i];
    }
    return out;
};
