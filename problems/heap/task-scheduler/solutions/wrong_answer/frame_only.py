class Solution:
    # Bug: counts only the frame built around the most frequent kind, forgetting that when
    # there are many kinds the tasks overflow the frame (no idle units at all, e.g. n = 0).
    def leastInterval(self, tasks: List[str], n: int) -> int:
        counts = collections.Counter(tasks).values()
        most = max(counts)
        tied = sum(1 for c in counts if c == most)
        return (most - 1) * (n + 1) + tied
