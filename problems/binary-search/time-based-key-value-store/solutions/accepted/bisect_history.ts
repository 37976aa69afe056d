class TimeMap {
    // Each key keeps its times and values in arrival order, which is time order, so a
    // get is a binary search for the last time <= timestamp.
    private times = new Map<string, number[]>();
    private values = new Map<string, string[]>();

    constructor() {
    }

    set(key: string, value: string, timestamp: number): void {
        if (!this.times.has(key)) {
            this.times.set(key, []);
            this.values.set(key, []);
        }
        this.times.get(key)!.push(timestamp);
        this.values.get(key)!.push(value);
    }

    get(key: string, timestamp: number): string {
        const times = this.times.get(key);
        if (times === undefined) return "";
        let lo = 0, hi = times.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (times[mid] <= timestamp) lo = mid + 1;
            else hi = mid;
        }
        return lo === 0 ? "" : this.values.get(key)![lo - 1];
    }
}
