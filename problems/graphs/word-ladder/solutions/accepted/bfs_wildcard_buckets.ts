function ladderLength(beginWord: string, endWord: string, wordList: string[]): number {
    // Words one letter apart share a pattern such as "c*t". Breadth-first search over the
    // patterns; each bucket is emptied once used, so every word and pattern is handled once.
    const words = new Set(wordList);
    if (!words.has(endWord)) return 0;
    const L = beginWord.length;
    const buckets = new Map<string, string[]>();
    for (const w of words) {
        for (let i = 0; i < L; i++) {
            const key = w.slice(0, i) + "*" + w.slice(i + 1);
            const bucket = buckets.get(key);
            if (bucket) bucket.push(w);
            else buckets.set(key, [w]);
        }
    }
    const seen = new Set<string>([beginWord]);
    let frontier = [beginWord];
    let length = 1;
    while (frontier.length > 0) {
        length++;
        const next: string[] = [];
        for (const w of frontier) {
            for (let i = 0; i < L; i++) {
                const key = w.slice(0, i) + "*" + w.slice(i + 1);
                const bucket = buckets.get(key);
                if (!bucket) continue;
                buckets.delete(key);
                for (const v of bucket) {
                    if (v === endWord) return length;
                    if (!seen.has(v)) {
                        seen.add(v);
                        next.push(v);
                    }
                }
            }
        }
        frontier = next;
    }
    return 0;
};
