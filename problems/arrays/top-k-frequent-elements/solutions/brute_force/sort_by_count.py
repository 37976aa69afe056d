class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        count = {}
        for x in nums:
            count[x] = count.get(x, 0) + 1
        ranked = sorted(count, key=lambda v: -count[v])
        return ranked[:k]
