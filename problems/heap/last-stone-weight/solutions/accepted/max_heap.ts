function lastStoneWeight(stones: number[]): number {
    const heap = new MaxPriorityQueue<number>();
    for (const s of stones) heap.enqueue(s);
    while (heap.size() > 1) {
        const diff = heap.dequeue() - heap.dequeue();
        if (diff > 0) heap.enqueue(diff);
    }
    return heap.isEmpty() ? 0 : heap.front();
};
