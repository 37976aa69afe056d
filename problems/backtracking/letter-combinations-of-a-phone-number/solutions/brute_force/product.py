class Solution:
    # The Cartesian product of the digits' letter groups.
    def letterCombinations(self, digits: str) -> List[str]:
        keys = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]
        if digits == "":
            return []
        return ["".join(p) for p in itertools.product(*(keys[int(d)] for d in digits))]
