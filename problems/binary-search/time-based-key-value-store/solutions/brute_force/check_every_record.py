class TimeMap:
    # Keeps every (key, value, timestamp) record and, for each get, looks at all of
    # them for the latest time not after the one asked.
    def __init__(self):
        self.records = []

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.records.append((key, value, timestamp))

    def get(self, key: str, timestamp: int) -> str:
        best_time, best_value = 0, ""
        for k, v, t in self.records:
            if k == key and t <= timestamp and t > best_time:
                best_time, best_value = t, v
        return best_value
