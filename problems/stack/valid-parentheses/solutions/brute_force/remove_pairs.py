class Solution:
    def isValid(self, s: str) -> bool:
        # A correct string always has an adjacent matching pair; deleting it keeps it correct.
        while True:
            shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
            if shorter == s:
                return s == ""
            s = shorter
