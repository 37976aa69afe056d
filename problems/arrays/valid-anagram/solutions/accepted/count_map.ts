function isAnagram(s: string, t: string): boolean {
    if (s.length !== t.length) return false;
    const count = new Map<string, number>();
    for (const c of s) count.set(c, (count.get(c) ?? 0) + 1);
    for (const c of t) {
        const n = count.get(c);
        if (!n) return false;
        count.set(c, n - 1);
    }
    return true;
};
