class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        # Count, then put each value in the bucket of its count (a count is at most n) and
        # read the buckets from the highest count down: O(n).
        count = collections.Counter(nums)
        buckets = [[] for _ in range(len(nums) + 1)]
        for value, c in count.items():
            buckets[c].append(value)
        result = []
        for c in range(len(nums), 0, -1):
            for value in buckets[c]:
                result.append(value)
                if len(result) == k:
                    return result
        return result
