class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        # For each query, the smallest interval holding it, by looking at all of them.
        answer = []
        for q in queries:
            sizes = [r - l + 1 for l, r in intervals if l <= q <= r]
            answer.append(min(sizes) if sizes else -1)
        return answer
