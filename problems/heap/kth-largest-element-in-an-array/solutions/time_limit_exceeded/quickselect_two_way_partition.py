class Solution:
    # Quickselect with the middle element as pivot and a two-way (Lomuto) partition: fast on
    # distinct values, but when most values are equal every partition peels off only one
    # element, so it is O(n^2) on such arrays.
    def findKthLargest(self, nums: List[int], k: int) -> int:
        a = list(nums)
        want = len(a) - k  # index of the answer in ascending order
        lo, hi = 0, len(a) - 1
        while True:
            p = (lo + hi) // 2
            a[p], a[hi] = a[hi], a[p]
            pivot = a[hi]
            store = lo
            for i in range(lo, hi):
                if a[i] < pivot:
                    a[i], a[store] = a[store], a[i]
                    store += 1
            a[store], a[hi] = a[hi], a[store]
            if store == want:
                return a[store]
            if store < want:
                lo = store + 1
            else:
                hi = store - 1
