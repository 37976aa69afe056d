function kClosest(points: number[][], k: number): number[][] {
    const squared = (p: number[]): number => p[0] * p[0] + p[1] * p[1];
    const heap = new MaxPriorityQueue<number[]>(squared);
    for (const p of points) {
        heap.enqueue(p);
        if (heap.size() > k) heap.dequeue();
    }
    return heap.toArray();
};
