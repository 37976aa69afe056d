class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        # A correct merge, but the two middle values are averaged with integer division.
        merged = []
        i = j = 0
        while i < len(nums1) and j < len(nums2):
            if nums1[i] <= nums2[j]:
                merged.append(nums1[i])
                i += 1
            else:
                merged.append(nums2[j])
                j += 1
        merged.extend(nums1[i:])
        merged.extend(nums2[j:])
        k = len(merged)
        if k % 2 == 1:
            return merged[k // 2]
        return (merged[k // 2 - 1] + merged[k // 2]) // 2
