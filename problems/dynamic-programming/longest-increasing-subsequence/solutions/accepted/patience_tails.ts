function lengthOfLIS(nums: number[]): number {
    // tails[k] is the smallest last value of an increasing subsequence of length k + 1;
    // each number replaces the first tail >= it (binary search). O(n log n).
    const tails: number[] = [];
    for (const x of nums) {
        let lo = 0, hi = tails.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (tails[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        tails[lo] = x;
    }
    return tails.length;
};
