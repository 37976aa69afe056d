class MedianFinder {
    // The lower half in a max-heap, the upper half in a min-heap; lower holds the extra one.
    private lower = new MaxPriorityQueue<number>();
    private upper = new MinPriorityQueue<number>();

    addNum(num: number): void {
        this.lower.enqueue(num);
        this.upper.enqueue(this.lower.dequeue());
        if (this.upper.size() > this.lower.size()) this.lower.enqueue(this.upper.dequeue());
    }

    findMedian(): number {
        if (this.lower.size() > this.upper.size()) return this.lower.front();
        return (this.lower.front() + this.upper.front()) / 2;
    }
}
