function findKthLargest(nums: number[], k: number): number {
    const heap = new MinPriorityQueue<number>();
    for (const x of nums) {
        heap.enqueue(x);
        if (heap.size() > k) heap.dequeue();
    }
    return heap.front();
};
