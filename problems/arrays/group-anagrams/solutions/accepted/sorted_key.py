class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = {}
        for word in strs:
            # Anagrams become the same string once their letters are sorted.
            groups.setdefault("".join(sorted(word)), []).append(word)
        return list(groups.values())
