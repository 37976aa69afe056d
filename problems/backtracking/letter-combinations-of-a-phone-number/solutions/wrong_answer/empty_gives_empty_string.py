class Solution:
    # Bug: grows the combinations from [""] one digit at a time, which is right for every
    # non-empty input, but returns [""] instead of [] when there are no digits.
    def letterCombinations(self, digits: str) -> List[str]:
        keys = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl",
                "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
        combos = [""]
        for d in digits:
            combos = [c + letter for c in combos for letter in keys[d]]
        return combos
