class Solution:
    def isValid(self, s: str) -> bool:
        opener_of = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch in opener_of:
                # A closer must match the most recent bracket still open.
                if not stack or stack.pop() != opener_of[ch]:
                    return False
            else:
                stack.append(ch)
        return not stack
