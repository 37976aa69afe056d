function minInterval(intervals: number[][], queries: number[]): number[] {
    const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
    const order = queries.map((_, j) => j).sort((a, b) => queries[a] - queries[b]);
    // Intervals that start at or before the current query, smallest first: [size, right].
    const open = new PriorityQueue<[number, number]>((a, b) => a[0] - b[0]);
    const answer = new Array<number>(queries.length).fill(-1);
    let i = 0;
    for (const j of order) {
        const q = queries[j];
        while (i < sorted.length && sorted[i][0] <= q) {
            const [left, right] = sorted[i++];
            open.enqueue([right - left + 1, right]);
        }
        while (!open.isEmpty() && open.front()[1] < q) open.dequeue();
        if (!open.isEmpty()) answer[j] = open.front()[0];
    }
    return answer;
};
