class Solution:
    # ok[i]: the first i characters split into words. ok[i] holds when some word ends at i
    # and ok[i - len(word)] holds. Only lengths up to the longest word need checking.
    # O(n * L) slices and look-ups, L the longest word.
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        longest = max(len(w) for w in wordDict)
        n = len(s)
        ok = [True] + [False] * n
        for i in range(1, n + 1):
            for length in range(1, min(longest, i) + 1):
                if ok[i - length] and s[i - length:i] in words:
                    ok[i] = True
                    break
        return ok[n]
