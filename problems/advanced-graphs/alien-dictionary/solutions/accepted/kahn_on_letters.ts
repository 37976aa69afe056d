function alienOrder(words: string[]): string {
    // Each pair of neighbouring words gives one rule (their first differing letters); a
    // topological sort of the letters under those rules is an order, if one exists.
    const after = new Map<string, Set<string>>();
    const indegree = new Map<string, number>();
    for (const w of words) {
        for (const ch of w) {
            if (!after.has(ch)) {
                after.set(ch, new Set());
                indegree.set(ch, 0);
            }
        }
    }
    for (let i = 0; i + 1 < words.length; i++) {
        const a = words[i], b = words[i + 1];
        const common = Math.min(a.length, b.length);
        let j = 0;
        while (j < common && a[j] === b[j]) j++;
        if (j === common) {
            // One is a prefix of the other: the longer one must come second.
            if (a.length > b.length) return "";
            continue;
        }
        const later = after.get(a[j])!;
        if (!later.has(b[j])) {
            later.add(b[j]);
            indegree.set(b[j], indegree.get(b[j])! + 1);
        }
    }
    const ready: string[] = [];
    for (const [ch, d] of indegree) if (d === 0) ready.push(ch);
    let order = "";
    for (let head = 0; head < ready.length; head++) {
        const ch = ready[head];
        order += ch;
        for (const next of after.get(ch)!) {
            const d = indegree.get(next)! - 1;
            indegree.set(next, d);
            if (d === 0) ready.push(next);
        }
    }
    return order.length === indegree.size ? order : "";
};
