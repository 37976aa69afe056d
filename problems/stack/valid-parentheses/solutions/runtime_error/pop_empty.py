class Solution:
    def isValid(self, s: str) -> bool:
        opener_of = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch in opener_of:
                if stack.pop() != opener_of[ch]:  # IndexError when nothing is open
                    return False
            else:
                stack.append(ch)
        return not stack
