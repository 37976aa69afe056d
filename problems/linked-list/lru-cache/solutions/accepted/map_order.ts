class LRUCache {
    // A Map iterates in insertion order: deleting and setting a key again makes it the newest.
    private entries = new Map<number, number>();

    constructor(private capacity: number) {
    }

    get(key: number): number {
        const value = this.entries.get(key);
        if (value === undefined) return -1;
        this.entries.delete(key);
        this.entries.set(key, value);
        return value;
    }

    put(key: number, value: number): void {
        this.entries.delete(key);
        this.entries.set(key, value);
        if (this.entries.size > this.capacity) {
            this.entries.delete(this.entries.keys().next().value!);
        }
    }
}
