class LRUCache:
    # Each key remembers the time of its last use; eviction scans for the oldest.
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}
        self.used = {}
        self.clock = 0

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.clock += 1
        self.used[key] = self.clock
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        self.clock += 1
        if key not in self.values and len(self.values) == self.capacity:
            oldest = min(self.used, key=lambda k: self.used[k])
            del self.values[oldest]
            del self.used[oldest]
        self.values[key] = value
        self.used[key] = self.clock
