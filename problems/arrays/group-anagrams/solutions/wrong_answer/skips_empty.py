class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = {}
        for word in strs:
            if not word:
                continue  # "nothing to group" -- but the empty string is a word too
            groups.setdefault("".join(sorted(word)), []).append(word)
        return list(groups.values())
