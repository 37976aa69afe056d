class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        # Collects each group in a set, so a word given twice is kept once.
        groups = {}
        for word in strs:
            groups.setdefault("".join(sorted(word)), set()).add(word)
        return [list(group) for group in groups.values()]
