class KthLargest {
    private heap = new MinPriorityQueue<number>();

    constructor(private k: number, nums: number[]) {
        for (const x of nums) this.add(x);
    }

    add(val: number): number {
        this.heap.enqueue(val);
        if (this.heap.size() > this.k) this.heap.dequeue();
        return this.heap.front();
    }
}
