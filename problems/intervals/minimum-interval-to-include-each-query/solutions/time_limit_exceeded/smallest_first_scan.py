class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        # Correct: intervals sorted by size, and each query takes the first one that holds
        # it. Fast when small intervals cover everything, O(n * q) otherwise.
        by_size = sorted(intervals, key=lambda x: x[1] - x[0])
        answer = []
        for q in queries:
            best = -1
            for l, r in by_size:
                if l <= q <= r:
                    best = r - l + 1
                    break
            answer.append(best)
        return answer
