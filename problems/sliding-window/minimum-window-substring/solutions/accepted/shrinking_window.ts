function minWindow(s: string, t: string): string {
    const need = new Map<string, number>();
    for (const c of t) need.set(c, (need.get(c) ?? 0) + 1);
    let missing = t.length;
    let bestStart = 0;
    let bestLen = Infinity;
    let start = 0;
    for (let end = 0; end < s.length; end++) {
        const c = s[end];
        if (need.has(c)) {
            const left = need.get(c)!;
            if (left > 0) missing--;
            need.set(c, left - 1);
        }
        while (missing === 0) {
            if (end - start + 1 < bestLen) {
                bestLen = end - start + 1;
                bestStart = start;
            }
            const d = s[start];
            if (need.has(d)) {
                const left = need.get(d)! + 1;
                need.set(d, left);
                if (left > 0) missing++;
            }
            start++;
        }
    }
    return bestLen === Infinity ? "" : s.slice(bestStart, bestStart + bestLen);
};
