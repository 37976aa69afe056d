function countBits(n: number): number[] {
    // i has one more set bit than i with its lowest set bit cleared.
    const bits: number[] = new Array(n + 1).fill(0);
    for (let i = 1; i <= n; i++) bits[i] = bits[i & (i - 1)] + 1;
    return bits;
};
