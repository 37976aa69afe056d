class Solution:
    # Fill the positions left to right with any value not used yet; undo each choice on the
    # way back so the next branch starts from the same state.
    def permute(self, nums: List[int]) -> List[List[int]]:
        out = []
        row = []
        used = [False] * len(nums)

        def fill():
            if len(row) == len(nums):
                out.append(row[:])
                return
            for i, x in enumerate(nums):
                if not used[i]:
                    used[i] = True
                    row.append(x)
                    fill()
                    row.pop()
                    used[i] = False

        fill()
        return out
