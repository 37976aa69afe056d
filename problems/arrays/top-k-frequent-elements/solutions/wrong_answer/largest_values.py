class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        # Bug: the counts are made but the values are ranked by size, not by how often they
        # occur.
        count = collections.Counter(nums)
        return sorted(count, reverse=True)[:k]
