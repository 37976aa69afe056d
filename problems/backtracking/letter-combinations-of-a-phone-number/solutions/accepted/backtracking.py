class Solution:
    # Choose a letter for each digit in turn; a full-length choice is one combination.
    def letterCombinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        keys = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl",
                "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
        out = []
        picked = []

        def choose(i):
            if i == len(digits):
                out.append("".join(picked))
                return
            for letter in keys[digits[i]]:
                picked.append(letter)
                choose(i + 1)
                picked.pop()

        choose(0)
        return out
