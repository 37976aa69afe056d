class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        # Compares every pair of strings: O(n^2 * k).
        n = len(strs)
        used = [False] * n
        result = []
        for i in range(n):
            if used[i]:
                continue
            used[i] = True
            group = [strs[i]]
            letters = collections.Counter(strs[i])
            for j in range(i + 1, n):
                if not used[j] and len(strs[j]) == len(strs[i]) and collections.Counter(strs[j]) == letters:
                    used[j] = True
                    group.append(strs[j])
            result.append(group)
        return result
