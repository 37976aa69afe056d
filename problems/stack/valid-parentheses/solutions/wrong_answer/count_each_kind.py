class Solution:
    def isValid(self, s: str) -> bool:
        # Tracks how many of each kind are open, but not the order they were opened in.
        open_count = {"(": 0, "[": 0, "{": 0}
        opener_of = {")": "(", "]": "[", "}": "{"}
        for ch in s:
            if ch in open_count:
                open_count[ch] += 1
            else:
                if open_count[opener_of[ch]] == 0:
                    return False
                open_count[opener_of[ch]] -= 1
        return all(count == 0 for count in open_count.values())
