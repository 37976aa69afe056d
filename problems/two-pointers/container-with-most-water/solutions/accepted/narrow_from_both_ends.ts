function maxArea(height: number[]): number {
    let lo = 0;
    let hi = height.length - 1;
    let best = 0;
    while (lo < hi) {
        best = Math.max(best, (hi - lo) * Math.min(height[lo], height[hi]));
        if (height[lo] < height[hi]) lo++;
        else hi--;
    }
    return best;
};
