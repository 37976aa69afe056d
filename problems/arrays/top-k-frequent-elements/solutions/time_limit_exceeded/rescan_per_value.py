class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        # O(n * distinct): every distinct value is counted by its own pass over the array,
        # about 10^9 steps with 10^5 elements and 10^4 distinct values.
        distinct = []
        seen = set()
        for x in nums:
            if x not in seen:
                seen.add(x)
                distinct.append(x)
        counted = []
        for v in distinct:
            c = 0
            for x in nums:
                if x == v:
                    c += 1
            counted.append((c, v))
        counted.sort(reverse=True)
        return [v for _, v in counted[:k]]
