class TimeMap:
    # Bug: bisect_left finds the last time strictly before timestamp, so a get at
    # exactly the time of a set misses the value set then.
    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key: str, timestamp: int) -> str:
        times = self.times.get(key, [])
        i = bisect_left(times, timestamp)
        return self.values[key][i - 1] if i else ""
