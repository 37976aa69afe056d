class TimeMap:
    # get walks the key's history from the oldest entry: O(history) per call, so a
    # long history queried many times costs O(n^2) overall.
    def __init__(self):
        self.history = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        found = ""
        for t, v in self.history.get(key, []):
            if t > timestamp:
                break
            found = v
        return found
