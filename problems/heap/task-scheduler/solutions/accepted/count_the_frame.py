class Solution:
    # The most frequent kind (f times) needs f - 1 gaps of n + 1 units plus a last slot
    # shared by every kind that also appears f times; when the other tasks more than fill
    # the gaps, no idle unit is needed and the answer is just the number of tasks. O(N).
    def leastInterval(self, tasks: List[str], n: int) -> int:
        counts = collections.Counter(tasks).values()
        most = max(counts)
        tied = sum(1 for c in counts if c == most)
        return max(len(tasks), (most - 1) * (n + 1) + tied)
