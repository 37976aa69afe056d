function characterReplacement(s: string, k: number): number {
    const counts = new Array<number>(26).fill(0);
    let start = 0;
    let topCount = 0;
    for (let end = 0; end < s.length; end++) {
        const c = s.charCodeAt(end) - 65;
        counts[c]++;
        topCount = Math.max(topCount, counts[c]);
        // The window never shrinks: it only slides when it would need more than k changes.
        if (end - start + 1 - topCount > k) {
            counts[s.charCodeAt(start) - 65]--;
            start++;
        }
    }
    return s.length - start;
};
