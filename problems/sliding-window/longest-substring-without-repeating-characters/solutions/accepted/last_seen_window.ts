function lengthOfLongestSubstring(s: string): number {
    const lastSeen = new Map<string, number>();
    let start = 0;
    let best = 0;
    for (let i = 0; i < s.length; i++) {
        const seen = lastSeen.get(s[i]);
        if (seen !== undefined && seen >= start) start = seen + 1;
        lastSeen.set(s[i], i);
        best = Math.max(best, i - start + 1);
    }
    return best;
};
